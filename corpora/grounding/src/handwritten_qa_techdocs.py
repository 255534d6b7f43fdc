"""Writes ../handwritten_qa_techdocs.jsonl: QA-style and technical-documentation grounding cases
written by hand by the MC Actions project (Apache-2.0, like the repository). Each row: question,
contexts, answer, label (grounded | ungrounded), split (dev | test), source.class (the miss class it
exercises). The split is fixed per source document (a document never appears in both splits).
Run: python3 corpora/grounding/src/handwritten_qa_techdocs.py"""
import json, os

DOCS = {
 # ---- dev documents ----
 'storage': ('dev', 'Each Archive volume holds 2 TiB. The Standard plan includes 500 GB of backup space, and 20% of it is reserved for snapshots. '
             'Volumes are replicated to 3 zones. Support for version 2.10.1 ends on June 30, 2025.'),
 'scoring': ('dev', 'The risk score ranges from 0 to 10. Scores of 7.0 and above are high; scores below 3.0 are low. '
             'The scanner runs every 6 hours and keeps results for 90 days.'),
 'release': ('dev', 'Version 4.2 was released on March 1, 2024. Security fixes are provided for 90 days after a release. '
             'The team shipped 12 releases in 2023 and 3 in the first quarter of 2024. The release window runs from May 6 to May 10, 2024.'),
 'people': ('dev', 'Dr. Maria Lopez leads the Platform team at Northern Bank. Ken Ito joined the Data Institute in 2019 as its third director. '
            'The Platform team was founded in Ohio.'),
 'cluster': ('dev', 'The cluster has 4 control-plane nodes and 12 worker nodes. Each worker node has 64 GiB of memory. '
             'Upgrades are applied on the second Tuesday of each month, e.g. on 9 July.'),
 'api': ('dev', 'The API allows 1,000 requests per minute per token. Requests over the limit receive HTTP 429. '
         'Tokens expire after 30 days and cannot be renewed; a new token must be created.'),
 # ---- test documents ----
 'quota': ('test', 'Each project gets 1 TiB of object storage. The Team plan costs $40 per user per month, and annual billing saves 25%. '
           'Logs are kept for 14 days. Version 3.4.2 fixed the upload bug.'),
 'latency': ('test', 'An error budget of 0.1% applies to the checkout service. Latency above 300 ms is a breach; latency of 200 ms or less is healthy. '
             'Alerts fire after 5 minutes.'),
 'history': ('test', 'Acme Cloud was founded in 2012 in Denver. Its CEO, Priya Shah, previously worked at the River Institute. '
             'Acme opened an office in Lisbon on 4 September 2018 and a second office in Austin in 2021. The conference runs September 12-14, 2025.'),
 'deploy': ('test', 'Deployments use 3 stages: build, test and release. The build stage takes 8 minutes and the test stage 12 minutes. '
            'Canary traffic starts at 5% and doubles every 10 minutes. Rollbacks are automatic when the error rate exceeds 2%.'),
 'pricing': ('test', 'The Basic tier includes 10 seats. Each extra seat costs $15 per month. The Pro tier includes 50 seats and priority support. '
             'Orders placed before 1 October ship the same week.Jane Kim.14 Harbor Street is the returns address.'),
 'backup': ('test', 'Backups run daily at 02:00 UTC and are retained for 4 weeks. A restore of 100 GiB takes about 20 minutes. '
            'Backups are encrypted with AES-256; the keys are rotated every 90 days.'),
}

ROWS = [
 # (doc, question, answer, label, class)
 ('storage', 'How big is an Archive volume in GiB?', 'An Archive volume holds 2,048 GiB.', 'grounded', 'unit-conversion'),
 ('storage', 'How big is an Archive volume?', 'An Archive volume holds 4,096 GiB.', 'ungrounded', 'unit-conversion'),
 ('storage', 'How much backup space is reserved for snapshots?', '100 GB of the Standard plan is reserved for snapshots.', 'grounded', 'percentage'),
 ('storage', 'How much backup space is reserved for snapshots?', '150 GB of the Standard plan is reserved for snapshots.', 'ungrounded', 'percentage'),
 ('storage', 'Which version loses support?', 'Support for version 2.10.1 ends on June 30, 2025.', 'grounded', 'sentence-splitting'),
 ('storage', 'Which version loses support?', 'Support for version 2.10.2 ends on June 30, 2025.', 'ungrounded', 'sentence-splitting'),
 ('storage', 'How many zones?', 'Volumes are replicated to three zones.', 'grounded', 'number-words'),
 ('storage', 'Is the Archive volume still sold?', 'The Archive volume is discontinued.', 'ungrounded', 'novel-word'),
 ('scoring', 'Is a score of 7.5 high?', 'Yes, a score of 7.5 is high.', 'grounded', 'threshold'),
 ('scoring', 'Is a score of 6.5 high?', 'Yes, a score of 6.5 is high.', 'ungrounded', 'threshold'),
 ('scoring', 'Is a score of 2.5 low?', 'A score of 2.5 is low.', 'grounded', 'threshold'),
 ('scoring', 'How often does the scanner run?', 'The scanner runs four times a day, every 6 hours.', 'grounded', 'derived'),
 ('scoring', 'How long are results kept?', 'Results are kept for about three months (90 days).', 'grounded', 'unit-conversion'),
 ('scoring', 'How long are results kept?', 'Results are kept for 60 days.', 'ungrounded', 'quantity'),
 ('release', 'Until when does 4.2 get security fixes?', 'Version 4.2 gets security fixes until May 30, 2024.', 'grounded', 'date-arithmetic'),
 ('release', 'Until when does 4.2 get security fixes?', 'Version 4.2 gets security fixes until June 30, 2024.', 'ungrounded', 'date-arithmetic'),
 ('release', 'How many releases since 2023?', 'The team shipped 15 releases from 2023 through the first quarter of 2024.', 'grounded', 'sum'),
 ('release', 'How many releases since 2023?', 'The team shipped 18 releases from 2023 through the first quarter of 2024.', 'ungrounded', 'sum'),
 ('release', 'When does the release window start?', 'The release window starts on May 6, 2024.', 'grounded', 'range'),
 ('release', 'When does the release window end?', 'The release window ends on May 10.', 'grounded', 'yearless-date'),
 ('release', 'When does the release window end?', 'The release window ends on May 12.', 'ungrounded', 'yearless-date'),
 ('people', 'Who leads the Platform team?', 'Dr. Maria Lopez leads the Platform team at Northern Bank.', 'grounded', 'abbreviation'),
 ('people', 'Where does Ken Ito work?', 'Ken Ito works at the Northern Data Institute.', 'ungrounded', 'phrase-name'),
 ('people', 'Which director is Ken Ito?', 'Ken Ito is the 3rd director of the Data Institute.', 'grounded', 'ordinal'),
 ('people', 'Which director is Ken Ito?', 'Ken Ito is the 2nd director of the Data Institute.', 'ungrounded', 'ordinal'),
 ('people', 'Where were they founded?', 'Both the Platform team and the Data Institute were founded in Ohio.', 'ungrounded', 'entity-binding'),
 ('people', 'Who leads the Platform team at Acme?', 'Dr. Maria Lopez leads the Platform team at Acme.', 'ungrounded', 'question-name'),
 ('cluster', 'How many nodes does the cluster have?', 'The cluster has 16 nodes: 4 control-plane nodes and 12 workers.', 'grounded', 'sum'),
 ('cluster', 'How many nodes does the cluster have?', 'The cluster has 18 nodes in total.', 'ungrounded', 'sum'),
 ('cluster', 'How much memory do the workers have together?', 'The 12 worker nodes have 768 GiB of memory in total.', 'grounded', 'product'),
 ('cluster', 'When are upgrades applied?', 'Upgrades are applied on the 2nd Tuesday of each month.', 'grounded', 'ordinal'),
 ('cluster', 'How much memory does a worker have?', 'Each worker node has 128 GiB of memory.', 'ungrounded', 'quantity'),
 ('api', 'What is the rate limit?', 'The API allows 1000 requests per minute per token.', 'grounded', 'number-format'),
 ('api', 'What is the rate limit per second?', 'That is roughly 16.7 requests per second per token.', 'grounded', 'unit-conversion'),
 ('api', 'Can tokens be renewed?', 'Tokens can be renewed after 30 days.', 'ungrounded', 'negation'),
 ('api', 'What happens over the limit?', 'Requests over the limit receive HTTP 503.', 'ungrounded', 'identifier'),
 # ---- test ----
 ('quota', 'How much object storage does a project get in GiB?', 'A project gets 1,024 GiB of object storage.', 'grounded', 'unit-conversion'),
 ('quota', 'How much object storage does a project get?', 'A project gets 2,048 GiB of object storage.', 'ungrounded', 'unit-conversion'),
 ('quota', 'What does annual billing cost?', 'With annual billing the Team plan costs $30 per user per month.', 'grounded', 'percentage'),
 ('quota', 'What does annual billing cost?', 'With annual billing the Team plan costs $35 per user per month.', 'ungrounded', 'percentage'),
 ('quota', 'How long are logs kept?', 'Logs are kept for two weeks.', 'grounded', 'unit-conversion'),
 ('quota', 'Which version fixed the upload bug?', 'Version 3.4.2 fixed the upload bug.', 'grounded', 'sentence-splitting'),
 ('quota', 'Which version fixed the upload bug?', 'Version 3.4.1 fixed the upload bug.', 'ungrounded', 'sentence-splitting'),
 ('quota', 'Is the Team plan available?', 'The Team plan is deprecated.', 'ungrounded', 'novel-word'),
 ('latency', 'Is a latency of 350 ms a breach?', 'Yes, a latency of 350 ms is a breach.', 'grounded', 'threshold'),
 ('latency', 'Is a latency of 250 ms a breach?', 'Yes, a latency of 250 ms is a breach.', 'ungrounded', 'threshold'),
 ('latency', 'Is 150 ms healthy?', 'A latency of 150 ms is healthy.', 'grounded', 'threshold'),
 ('latency', 'When do alerts fire?', 'Alerts fire after 300 seconds.', 'grounded', 'unit-conversion'),
 ('latency', 'When do alerts fire?', 'Alerts fire after 10 minutes.', 'ungrounded', 'quantity'),
 ('history', 'When was Acme Cloud founded?', 'Acme Cloud was founded in 2012 in Denver.', 'grounded', 'plain'),
 ('history', 'Where did Priya Shah work before?', 'Priya Shah previously worked at the Denver River Institute.', 'ungrounded', 'phrase-name'),
 ('history', 'Where was Acme founded?', 'Acme Cloud and the River Institute were both founded in Denver.', 'ungrounded', 'entity-binding'),
 ('history', 'When did the Lisbon office open?', 'The Lisbon office opened on September 4th, 2018.', 'grounded', 'date-format'),
 ('history', 'Which office was second?', 'The Austin office was the 2nd office.', 'grounded', 'ordinal'),
 ('history', 'How long after the Lisbon office did Austin open?', 'The Austin office opened three years after the Lisbon office.', 'grounded', 'date-arithmetic'),
 ('history', 'How long after the Lisbon office did Austin open?', 'The Austin office opened five years after the Lisbon office.', 'ungrounded', 'date-arithmetic'),
 ('history', 'When does the conference start?', 'The conference starts on September 12, 2025.', 'grounded', 'range'),
 ('history', 'When does the conference start?', 'The conference starts on September 13, 2025.', 'ungrounded', 'range'),
 ('deploy', 'How long do build and test take together?', 'Build and test take 20 minutes together.', 'grounded', 'sum'),
 ('deploy', 'How long do build and test take together?', 'Build and test take 25 minutes together.', 'ungrounded', 'sum'),
 ('deploy', 'What share of traffic does the canary get after 10 minutes?', 'After 10 minutes the canary gets 10% of the traffic.', 'grounded', 'derived'),
 ('deploy', 'When are rollbacks triggered?', 'Rollbacks are manual when the error rate exceeds 2%.', 'ungrounded', 'antonym'),
 ('deploy', 'Is an error rate of 3% rolled back?', 'Yes, an error rate of 3% triggers an automatic rollback.', 'grounded', 'threshold'),
 ('pricing', 'What do 12 seats cost on Basic?', 'Two extra seats cost $30 per month on the Basic tier.', 'grounded', 'product'),
 ('pricing', 'How many more seats does Pro include?', 'The Pro tier includes 40 more seats than Basic.', 'grounded', 'difference'),
 ('pricing', 'How many more seats does Pro include?', 'The Pro tier includes 45 more seats than Basic.', 'ungrounded', 'difference'),
 ('pricing', 'What is the returns address?', 'Returns go to 14 Harbor Street.', 'grounded', 'joined-paragraphs'),
 ('pricing', 'What is the returns address?', 'Returns go to 41 Harbor Street.', 'ungrounded', 'joined-paragraphs'),
 ('pricing', 'When must I order for same-week shipping?', 'Orders placed before October 1 ship the same week.', 'grounded', 'yearless-date'),
 ('pricing', 'Does Basic include priority support?', 'The Basic tier includes priority support.', 'ungrounded', 'entity-binding'),
 ('backup', 'How long are backups retained?', 'Backups are retained for 28 days.', 'grounded', 'unit-conversion'),
 ('backup', 'How long are backups retained?', 'Backups are retained for 4 months.', 'ungrounded', 'unit-conversion'),
 ('backup', 'When do backups run?', 'Backups run every day at 2 am UTC.', 'grounded', 'time-format'),
 ('backup', 'How fast is a restore?', 'A restore of 100 GiB takes about 20 minutes, so 200 GiB takes about 40 minutes.', 'grounded', 'derived'),
 ('backup', 'What encryption is used?', 'Backups are encrypted with AES-128.', 'ungrounded', 'identifier'),
 ('backup', 'How often are keys rotated?', 'The keys are rotated every 3 months.', 'grounded', 'unit-conversion'),
 ('backup', 'How often are keys rotated?', 'The keys are rotated every 6 months.', 'ungrounded', 'unit-conversion'),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'handwritten_qa_techdocs.jsonl'), 'w') as f:
    counts = {}
    for i, (doc, q, a, label, cls) in enumerate(ROWS):
        split, text = DOCS[doc]
        counts[(split, label)] = counts.get((split, label), 0) + 1
        f.write(json.dumps({'id': f'hw-{doc}-{i + 1:03d}', 'question': q, 'contexts': [{'id': doc, 'text': text}], 'answer': a, 'label': label, 'split': split,
                            'source': {'dataset': 'MC Actions hand-written QA and technical docs', 'licence': 'Apache-2.0', 'class': cls}}, ensure_ascii=False) + '\n')
print(sorted(counts.items()))
