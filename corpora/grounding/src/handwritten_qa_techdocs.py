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
 # ---- dev documents added for the issue-20 miss classes (second batch) ----
 'sla': ('dev', 'The Enterprise SLA guarantees 99.95% monthly uptime. If uptime falls below 99.0%, the customer receives a credit of 25% of the monthly fee. '
         'The monthly fee is $2,000. Maintenance windows are announced 72 hours in advance. Severity 1 incidents get a first response within 15 minutes.'),
 'bucket': ('dev', 'The bucket quota defaults to 5 TiB. Objects larger than 5 GiB must use multipart upload, with parts of 8 MiB to 512 MiB. '
            'Lifecycle rules move objects to cold storage after 30 days and delete them after 365 days.'),
 'notes': ('dev', 'Release notes for v3.12.0 (April 2, 2025). The minimum supported Node.js version is now 20. The --legacy-auth flag, deprecated in v3.9.4, was removed. '
           'Kestrel Labs contributed the new retry module; Ortiz Systems reported the memory leak. The public beta ran from 3 to 17 March. '
           'The change freeze runs from December 18, 2025 to January 5, 2026.'),
 'plans': ('dev', 'The Starter plan costs $12 per user per month and includes 3 projects. The Growth plan costs $29 per user per month and includes 20 projects. '
           'Annual billing gives a 20% discount. Invoices are issued on the 1st of each month and are due within 30 days.Finance Desk.8 Mill Lane, Leeds handles billing disputes.'),
 'limits': ('dev', 'Free keys are limited to 60 requests per minute and 10,000 requests per day. Paid keys are limited to 600 requests per minute. '
            'The /v2/search endpoint returns at most 100 results per page. Webhooks are retried 5 times with exponential backoff, starting at 2 seconds. '
            'Frankfurt is the second-largest region by traffic, after Dublin.'),
 'oncall': ('dev', 'Lena Park is the incident commander for the Payments service, and Omar Haddad is its scribe. The Search service is owned by the Atlas team, '
            'which moved to Berlin in 2022. The Payments service was migrated to Kubernetes in 2021. Runbook v1.4.7 covers database failover.'),
 # ---- dev documents, third batch: short answers to questions (QA style) ----
 'apis': ('dev', 'The v1 API is deprecated and will be removed in 2026. The v2 API is stable. The scheduler was written by Ana Ruiz and is maintained by Tom Berg. '
          'The Orion gateway routes traffic to the Vega cluster in Oslo.'),
 'fleet': ('dev', 'The staging cluster runs on spot instances; the production cluster runs on reserved instances. '
           'Maria Lopez designed the billing engine, which Ken Ito later rewrote in Rust. The Ledger team owns the Payments API and the Refunds API. '
           'The audit log is retained for one year and exported nightly to cold storage.'),
 'mirrors': ('dev', 'The package mirror syncs between Ashby and Corwen every hour. Tomas Berg and Lina Holm run the mirror team. Berg handles storage and Holm handles the CDN.'),
 'regions': ('dev', 'The eu-west region hosts 1,200 tenants, and the smaller region, us-east, hosts 450. The status page was built by the agency Fenwick Labs for the operator Corvid Cloud. '
             'The migration path starts at the legacy cluster and ends at the Helios cluster. The primary rack is 42-unit, installed in 2019.'),
 'engines': ('dev', 'The Falcon engine (released 2016) indexes 40,000 documents per second. The Heron engine (released 2021) indexes 65,000 documents per second.'),
 'ops': ('dev', 'The build takes 12 minutes and the deploy takes 3 minutes. Maintenance runs from 22:00 to 02:00 UTC. Releases ship on the first Monday of each quarter. '
         'The error budget is 0.5% of 2,000,000 monthly requests. The replica set runs 3 replicas in 2 regions.'),
 'alerts': ('dev', 'Disk usage alerts fire at 80% and 95%. The warning threshold is 80%; the critical threshold is 95%. '
            'Set max_connections to 500 in postgresql.conf. The default is 100.'),
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
 # ---- dev, second batch (appended so the ids of earlier rows stay stable) ----
 ('sla', 'How much is an SLA credit worth?', 'An SLA credit is worth $500.', 'grounded', 'percentage'),
 ('sla', 'How much is an SLA credit worth?', 'An SLA credit is worth $250.', 'ungrounded', 'percentage'),
 ('sla', 'How early are maintenance windows announced?', 'Maintenance windows are announced three days in advance.', 'grounded', 'unit-conversion'),
 ('sla', 'How early are maintenance windows announced?', 'Maintenance windows are announced two days in advance.', 'ungrounded', 'unit-conversion'),
 ('sla', 'Does 98.7% uptime earn a credit?', 'Yes, an uptime of 98.7% is below 99.0%, so the customer receives a credit.', 'grounded', 'threshold'),
 ('sla', 'Does 99.5% uptime earn a credit?', 'Yes, an uptime of 99.5% is below 99.0%, so the customer receives a credit.', 'ungrounded', 'threshold'),
 ('sla', 'How fast is the first response to a severity 1 incident?', 'Severity 1 incidents get a first response within a quarter of an hour.', 'grounded', 'unit-conversion'),
 ('sla', 'Can the SLA be changed?', 'The Enterprise SLA is negotiable.', 'ungrounded', 'novel-word'),
 ('sla', 'What uptime does the Premium SLA guarantee?', 'The Premium SLA guarantees 99.95% monthly uptime.', 'ungrounded', 'question-name'),
 ('bucket', 'What is the default bucket quota in GiB?', 'The default bucket quota is 5,120 GiB.', 'grounded', 'unit-conversion'),
 ('bucket', 'What is the default bucket quota in GiB?', 'The default bucket quota is 5,000 GiB.', 'ungrounded', 'unit-conversion'),
 ('bucket', 'Does a 6 GiB object need multipart upload?', 'Yes, a 6 GiB object must use multipart upload.', 'grounded', 'threshold'),
 ('bucket', 'What is the largest part size?', 'Parts can be up to 0.5 GiB.', 'grounded', 'unit-conversion'),
 ('bucket', 'When are objects deleted?', 'Objects are deleted after one year.', 'grounded', 'unit-conversion'),
 ('bucket', 'When do objects move to cold storage?', 'Objects move to cold storage after 60 days.', 'ungrounded', 'quantity'),
 ('bucket', 'How long do objects stay in cold storage?', 'Objects stay in cold storage for 335 days before they are deleted.', 'grounded', 'difference'),
 ('bucket', 'What is the smallest part size?', 'The smallest part is 8 MiB, and parts are encrypted.', 'ungrounded', 'novel-word'),
 ('notes', 'When was --legacy-auth removed?', 'The --legacy-auth flag was deprecated in v3.9.4 and removed in v3.12.0.', 'grounded', 'sentence-splitting'),
 ('notes', 'When was --legacy-auth removed?', 'The --legacy-auth flag was removed in v3.9.4.', 'ungrounded', 'entity-binding'),
 ('notes', 'How long did the public beta last?', 'The public beta lasted two weeks.', 'grounded', 'date-arithmetic'),
 ('notes', 'When did the public beta start?', 'The public beta started on March 3.', 'grounded', 'range'),
 ('notes', 'When did the public beta start?', 'The public beta started on March 4.', 'ungrounded', 'range'),
 ('notes', 'When did the public beta end?', 'The public beta ended on 17 March 2025.', 'grounded', 'range'),
 ('notes', 'Who contributed the retry module?', 'Kestrel Labs contributed the retry module.', 'grounded', 'plain'),
 ('notes', 'Who contributed the retry module?', 'Ortiz Systems contributed the new retry module.', 'ungrounded', 'role-swap'),
 ('notes', 'Who contributed the retry module?', 'The retry module was contributed by Kestrel Systems.', 'ungrounded', 'phrase-name'),
 ('notes', 'Which Node.js version is required?', 'The minimum supported Node.js version is now 18.', 'ungrounded', 'quantity'),
 ('notes', 'When does the change freeze start?', 'The change freeze starts on December 18, 2025.', 'grounded', 'range'),
 ('notes', 'How long is the change freeze?', 'The change freeze lasts 18 days.', 'grounded', 'date-arithmetic'),
 ('notes', 'When does the change freeze end?', 'The change freeze ends on January 5, 2025.', 'ungrounded', 'range'),
 ('plans', 'What does Growth cost on annual billing?', 'On annual billing the Growth plan costs $23.20 per user per month.', 'grounded', 'percentage'),
 ('plans', 'What does Growth cost on annual billing?', 'On annual billing the Growth plan costs $24 per user per month.', 'ungrounded', 'percentage'),
 ('plans', 'How many more projects does Growth include?', 'The Growth plan includes 17 more projects than Starter.', 'grounded', 'difference'),
 ('plans', 'When are invoices issued?', 'Invoices are issued on the first day of each month.', 'grounded', 'ordinal'),
 ('plans', 'When are invoices issued?', 'Invoices are issued on the 15th of each month.', 'ungrounded', 'ordinal'),
 ('plans', 'Where do billing disputes go?', 'Billing disputes go to 8 Mill Lane, Leeds.', 'grounded', 'joined-paragraphs'),
 ('plans', 'Where do billing disputes go?', 'Billing disputes go to 18 Mill Lane, Leeds.', 'ungrounded', 'joined-paragraphs'),
 ('plans', 'How many projects does Starter include?', 'The Starter plan includes 20 projects.', 'ungrounded', 'entity-binding'),
 ('plans', 'What do 10 Starter users cost?', 'Ten users on the Starter plan cost $120 per month.', 'grounded', 'product'),
 ('limits', 'How many requests per second can a free key make?', 'A free key can make one request per second.', 'grounded', 'unit-conversion'),
 ('limits', 'What is the daily limit of paid keys?', 'Paid keys are limited to 10,000 requests per day.', 'ungrounded', 'entity-binding'),
 ('limits', 'How often are webhooks retried?', 'Webhooks are retried five times.', 'grounded', 'number-words'),
 ('limits', 'How are webhooks retried?', 'Webhooks are retried 5 times with linear backoff.', 'ungrounded', 'novel-word'),
 ('limits', 'How many results does search return?', 'The /v2/search endpoint returns up to 100 results per page.', 'grounded', 'plain'),
 ('limits', 'Which region has the second most traffic?', 'Frankfurt is the 2nd largest region by traffic.', 'grounded', 'ordinal'),
 ('limits', 'Which region has the most traffic?', 'Frankfurt is the largest region by traffic.', 'ungrounded', 'ordinal'),
 ('limits', 'How many requests per minute do paid keys allow?', 'Paid keys allow 600 requests per minute, 540 more than free keys.', 'grounded', 'difference'),
 ('oncall', 'Who is the incident commander for Payments?', 'Omar Haddad is the incident commander for the Payments service.', 'ungrounded', 'role-swap'),
 ('oncall', 'Who is the incident commander for Payments?', 'Lena Park is the incident commander for Payments.', 'grounded', 'plain'),
 ('oncall', 'Which services run on Kubernetes?', 'Both the Search and the Payments services were migrated to Kubernetes in 2021.', 'ungrounded', 'entity-binding'),
 ('oncall', 'Who is the scribe for the Billing service?', 'Omar Haddad is the scribe for the Billing service.', 'ungrounded', 'question-name'),
 ('oncall', 'Who owns the Search service?', 'The Search service is owned by the Berlin Payments team.', 'ungrounded', 'phrase-name'),
 ('oncall', 'Where is the Atlas team?', 'The Atlas team moved to Munich in 2022.', 'ungrounded', 'entity-substitution'),
 ('oncall', 'Which runbook covers database failover?', 'Runbook v1.4.7 covers database failover.', 'grounded', 'sentence-splitting'),
 ('oncall', 'Which runbook covers database failover?', 'Runbook v1.4.8 covers database failover.', 'ungrounded', 'sentence-splitting'),
 ('oncall', 'When did the Atlas team move?', 'The Atlas team moved to Berlin in 2022, a year after Payments was migrated to Kubernetes.', 'grounded', 'date-arithmetic'),
 # ---- dev, third batch ----
 ('apis', 'What is the status of the v1 API?', 'It is discontinued.', 'ungrounded', 'novel-word'),
 ('apis', 'What is the status of the v1 API?', 'It is deprecated.', 'grounded', 'plain'),
 ('apis', 'Who maintains the scheduler?', 'Ana Ruiz', 'ungrounded', 'role-swap'),
 ('apis', 'Who maintains the scheduler?', 'Tom Berg', 'grounded', 'plain'),
 ('apis', 'Who maintains the scheduler?', 'The scheduler is maintained by Ana Ruiz.', 'ungrounded', 'role-swap'),
 ('apis', 'Which cluster receives the traffic?', 'The Orion cluster', 'ungrounded', 'phrase-name'),
 ('apis', 'Which cluster receives the traffic?', 'The Vega cluster in Oslo', 'grounded', 'plain'),
 ('fleet', 'What instances does the production cluster use?', 'Spot instances', 'ungrounded', 'wrong-entity'),
 ('fleet', 'What instances does the production cluster use?', 'Reserved instances', 'grounded', 'plain'),
 ('fleet', 'What instances does the production cluster use?', 'The production cluster runs on spot instances.', 'ungrounded', 'wrong-entity'),
 ('fleet', 'Who designed the billing engine?', 'Ken Ito', 'ungrounded', 'role-swap'),
 ('fleet', 'Who designed the billing engine?', 'Maria Lopez', 'grounded', 'plain'),
 ('fleet', 'Who rewrote the billing engine?', 'Ken Ito rewrote it in Rust.', 'grounded', 'plain'),
 ('fleet', 'Which team owns the Billing API?', 'The Ledger team owns the Billing API.', 'ungrounded', 'question-name'),
 ('fleet', 'How often is the audit log exported?', 'Weekly', 'ungrounded', 'antonym'),
 ('fleet', 'How long is the audit log retained?', 'For 12 months.', 'grounded', 'unit-conversion'),
 ('mirrors', 'Which sites does the package mirror sync between?', 'Ashby and Corwen', 'grounded', 'plain'),
 ('mirrors', 'Which sites does the package mirror sync between?', 'Ashby and Package', 'ungrounded', 'question-name'),
 ('mirrors', 'Who handles the CDN?', 'Lina Holm', 'grounded', 'plain'),
 ('mirrors', 'How often does the mirror sync?', 'Every 60 minutes.', 'grounded', 'unit-conversion'),
 ('regions', 'How many tenants does eu-west host?', '450', 'ungrounded', 'wrong-entity'),
 ('regions', 'How many tenants does eu-west host?', '1,200', 'grounded', 'plain'),
 ('regions', 'Which agency built the status page?', 'Corvid Cloud', 'ungrounded', 'role-swap'),
 ('regions', 'Which agency built the status page?', 'Fenwick Labs', 'grounded', 'plain'),
 ('regions', 'Where does the migration path end?', 'At the legacy cluster', 'ungrounded', 'role-swap'),
 ('regions', 'Where does the migration path end?', 'At the Helios cluster', 'grounded', 'plain'),
 ('engines', 'Which engine is older, Falcon or Heron?', 'Heron', 'ungrounded', 'comparison'),
 ('engines', 'Which engine is older, Falcon or Heron?', 'Falcon', 'grounded', 'comparison'),
 ('engines', 'Which is faster, the Falcon engine or the Heron engine?', 'The Heron engine', 'grounded', 'comparison'),
 ('engines', 'Which indexes more documents per second, the Falcon engine or the Heron engine?', 'The Falcon engine', 'ungrounded', 'comparison'),
 ('engines', 'Do the Falcon engine and the Heron engine both index 65,000 documents per second?', 'Yes', 'ungrounded', 'entity-binding'),
 ('engines', 'Do the Falcon engine and the Heron engine both index 65,000 documents per second?', 'No', 'grounded', 'entity-binding'),
 ('ops', 'How long does a release take?', 'A release takes 15 minutes: 12 for the build and 3 for the deploy.', 'grounded', 'sum'),
 ('ops', 'How long does a release take?', 'A release takes 18 minutes: 12 for the build and 3 for the deploy.', 'ungrounded', 'sum'),
 ('ops', 'How long is maintenance?', 'Maintenance runs for four hours.', 'grounded', 'date-arithmetic'),
 ('ops', 'When do releases ship?', 'Releases ship on the 1st Monday of every quarter.', 'grounded', 'ordinal'),
 ('ops', 'When do releases ship?', 'Releases ship on the 2nd Monday of every quarter.', 'ungrounded', 'ordinal'),
 ('ops', 'How many requests may fail?', 'Up to 10,000 requests may fail each month.', 'grounded', 'percentage'),
 ('ops', 'How many replicas does the replica set run?', '2', 'ungrounded', 'wrong-entity'),
 ('ops', 'How many replicas does the replica set run?', 'Three', 'grounded', 'number-words'),
 ('alerts', 'When is a disk alert critical?', 'A disk alert is critical at 80% usage.', 'ungrounded', 'entity-binding'),
 ('alerts', 'When is a disk alert critical?', 'A disk alert is critical at 95% usage.', 'grounded', 'plain'),
 ('alerts', 'What is the default max_connections?', 'The default max_connections is 500.', 'ungrounded', 'entity-binding'),
 ('alerts', 'What is the default max_connections?', 'The default is 100.', 'grounded', 'plain'),
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
