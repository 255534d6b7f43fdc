"""Writes ../qa_knowledge_passages.jsonl: short answers to questions over a knowledge passage, in the style of
HaluEval-QA (Li et al., 2023): an encyclopedic passage about two related subjects, a question that needs it,
a correct short answer and a hallucinated answer (a plausible entity, date, place or phrase that the passage
does not support, sometimes dressed in the question's own words). Written by hand by the MC Actions project
from general knowledge, not copied from any dataset or web page; Apache-2.0, like the repository.
Each passage yields 4 rows (2 questions x {correct, hallucinated}); the split is fixed per passage
(P: even index dev, odd index test; P_DEV, added later to widen the dev split: dev only), so a passage never
appears in both splits.
Run: python3 corpora/grounding/src/qa_knowledge_passages.py"""
import json, os

# (passage, [(question, correct answer, hallucinated answer, class of the hallucination), ...])
P = [
 ("The Meridian Bridge is a steel arch bridge over the Cedar River in the town of Halvorsen. It was designed by the engineer Clara Voss "
  "and opened to traffic in 1931. Halvorsen is the seat of Lindqvist County and lies about 40 kilometres north of the city of Portmoor.",
  [("Who designed the bridge over the Cedar River in Halvorsen?", "Clara Voss", "Henrik Voss", "entity-substitution"),
   ("In which county is the town with the Meridian Bridge?", "Lindqvist County", "The Meridian Bridge is in Portmoor County.", "phrase-name")]),
 ("Arthur's Magazine was an American literary periodical published in Philadelphia from 1844 to 1846. First for Women is a woman's magazine "
  "published by Bauer Media Group in the United States, founded in 1989.",
  [("Which magazine was started first, Arthur's Magazine or First for Women?", "Arthur's Magazine", "First for Women was started first.", "question-entity"),
   ("In which city was Arthur's Magazine published?", "Philadelphia", "Boston", "entity-substitution")]),
 ("The Oberoi family is an Indian family famous for its involvement in hotels, namely through The Oberoi Group. The Oberoi Group is a hotel "
  "company with its head office in Delhi. Founded in 1934, the company owns and operates more than 30 luxury hotels.",
  [("The Oberoi family is part of a hotel company that has a head office in what city?", "Delhi", "The Oberoi family's hotel company is based in Mumbai.", "entity-substitution"),
   ("When was The Oberoi Group founded?", "1934", "It was founded in 1947.", "number")]),
 ("Milhouse Van Houten is a fictional character in the animated television series The Simpsons. Matt Groening named the character after "
  "Richard Milhous Nixon, the 37th President of the United States. Allie Goertz is an American musician and satirist who wrote a song about Milhouse.",
  [("Matt Groening named Milhouse after whom?", "President Richard Nixon", "Milhouse was named after an influential political figure of the era.", "generic-invention"),
   ("What is Allie Goertz's nationality?", "American", "Canadian", "entity-substitution")]),
 ("The Thornbury Observatory was built in 1897 on Kestrel Hill, outside the village of Thornbury. Its main instrument is a 28-inch refracting "
  "telescope made by the firm of Grubb and Sons. The observatory was run by Margaret Ellery, who catalogued variable stars there for thirty years.",
  [("Which firm made the main telescope of the observatory on Kestrel Hill?", "Grubb and Sons", "Cooke and Sons", "phrase-name"),
   ("What did Margaret Ellery study at Thornbury?", "variable stars", "She studied comets and distant galaxies.", "content-substitution")]),
 ("Lake Orrin is a freshwater lake in the Varn Mountains. It is fed by the Selk River and drains into the Amber River to the south. "
  "The lake covers 84 square kilometres and its deepest point is 212 metres. The town of Orrinsby lies on its eastern shore.",
  [("Which river drains Lake Orrin?", "the Amber River", "the Selk River", "role-swap"),
   ("Which town lies on the eastern shore of the lake fed by the Selk River?", "Orrinsby", "Selkirk", "entity-substitution")]),
 ("Scott Derrickson is an American director, screenwriter and producer, born in 1966 in Denver, Colorado. Ed Wood was an American filmmaker, "
  "actor and writer, born in 1924 in Poughkeepsie, New York.",
  [("Were Scott Derrickson and Ed Wood of the same nationality?", "Yes, both were American.", "No, Scott Derrickson is Canadian.", "attribute"),
   ("Where was Ed Wood born?", "Poughkeepsie, New York", "Denver, Colorado", "wrong-entity")]),
 ("The Harlow Quartet is a string quartet founded in Vienna in 1962 by the violinist Otto Brenner. The quartet is known for its recordings of "
  "Haydn and Schubert, and it premiered the third quartet of the composer Ilse Marder in 1978.",
  [("Which composer's third quartet did the Harlow Quartet premiere?", "Ilse Marder", "Otto Brenner", "role-swap"),
   ("Where was the Harlow Quartet founded?", "Vienna", "Salzburg", "entity-substitution")]),
 ("Brightwater is a 1994 novel by the Scottish writer Fiona Keir. It follows a lighthouse keeper on the island of Skarra during the Second "
  "World War. The novel won the Caledonia Prize in 1995 and was adapted into a television film in 2003.",
  [("On which island is the novel Brightwater set?", "Skarra", "the island of Mull", "entity-substitution"),
   ("Which prize did Fiona Keir's 1994 novel win?", "the Caledonia Prize", "the Booker Prize", "phrase-name")]),
 ("The Rennick Company was founded in 1908 in Akron, Ohio, as a maker of bicycle tyres. It later moved into aircraft parts and was bought by "
  "Halden Industries in 1972. Halden Industries was founded in 1946 in Toledo and is headquartered in Columbus.",
  [("Which company bought the Rennick Company?", "Halden Industries", "Akron Industries", "phrase-name"),
   ("Where is the company that bought Rennick headquartered?", "Columbus", "Toledo", "wrong-attribute")]),
 ("The common swift is a medium-sized bird that breeds across Europe and Asia and spends the winter in southern Africa. Swifts feed on insects "
  "caught in flight and can stay airborne for ten months without landing.",
  [("Where does the common swift spend the winter?", "southern Africa", "South America", "entity-substitution"),
   ("What do swifts feed on?", "insects caught in flight", "small fish and seeds", "content-substitution")]),
 ("Gdansk is a port city on the Baltic coast of Poland. The Solidarity trade union was founded at its shipyard in 1980, led by the electrician "
  "Lech Walesa, who later became President of Poland.",
  [("Where was the Solidarity trade union founded?", "at the Gdansk shipyard", "at a steel mill in Krakow", "entity-substitution"),
   ("What was Lech Walesa's trade before politics?", "electrician", "He was a dock crane operator.", "content-substitution")]),
 ("The Pellam Cup is an annual rowing race on the river Tane between the universities of Brackley and Wendham. It was first held in 1851. "
  "Brackley has won the race 87 times and Wendham 79 times.",
  [("Which universities compete in the Pellam Cup?", "Brackley and Wendham", "Brackley and Oxford", "entity-substitution"),
   ("On which river is the Pellam Cup rowed?", "the Tane", "the river Wendham", "question-entity")]),
 ("Apollo 11 landed on the Moon on 20 July 1969. Neil Armstrong was the first person to walk on the surface, followed by Buzz Aldrin, "
  "while Michael Collins stayed in lunar orbit aboard the command module Columbia.",
  [("Who remained in orbit during the Apollo 11 landing?", "Michael Collins", "Buzz Aldrin", "role-swap"),
   ("What was the name of the Apollo 11 command module?", "Columbia", "Eagle", "entity-substitution")]),
 ("The Vessel Theatre is a 400-seat playhouse in the harbour district of Calloway. It opened in 1988 with a production of The Tempest directed "
  "by Rosa Lind. Its current artistic director is Tomas Berg, appointed in 2016.",
  [("Who is the current artistic director of the Vessel Theatre?", "Tomas Berg", "Rosa Lind", "role-swap"),
   ("Which play opened the Vessel Theatre?", "The Tempest", "Hamlet", "entity-substitution")]),
 ("Marie Curie was a physicist and chemist born in Warsaw in 1867. She shared the 1903 Nobel Prize in Physics with Pierre Curie and Henri "
  "Becquerel, and won the 1911 Nobel Prize in Chemistry alone for her discovery of polonium and radium.",
  [("In which city was Marie Curie born?", "Warsaw", "Paris", "entity-substitution"),
   ("For what did Marie Curie win the 1911 Nobel Prize in Chemistry?", "the discovery of polonium and radium", "the discovery of uranium and thorium", "content-substitution")]),
 ("Cobalt Sky is the second studio album by the British band The Larkspurs, released in 2007 on the Halyard label. It was produced by "
  "Dean Moss and includes the single Paper Lanterns, which reached number 12 in the UK chart.",
  [("Who produced the album Cobalt Sky?", "Dean Moss", "Dean Halyard", "phrase-name"),
   ("Which single from Cobalt Sky reached the UK chart?", "Paper Lanterns", "Silver Lanterns", "phrase-name")]),
 ("The okapi is a mammal native to the rainforests of the Democratic Republic of the Congo. Although its striped legs resemble those of a "
  "zebra, its closest living relative is the giraffe.",
  [("What is the closest living relative of the okapi?", "the giraffe", "the zebra", "wrong-entity"),
   ("Where is the okapi native to?", "the Democratic Republic of the Congo", "the savannas of Kenya", "entity-substitution")]),
 ("Fort Calder was built by the Dutch in 1652 at the mouth of the Weir River. The British captured it in 1781 and renamed it Fort George. "
  "Today the fort houses the Weir Valley Museum.",
  [("Who captured Fort Calder in 1781?", "the British", "the French", "entity-substitution"),
   ("What does the fort at the mouth of the Weir River house today?", "the Weir Valley Museum", "the Weir River Naval Museum", "phrase-name")]),
 ("Jonas Salk developed the first successful inactivated polio vaccine at the University of Pittsburgh; it was announced in 1955. Albert Sabin "
  "later developed an oral polio vaccine, which came into use in the early 1960s.",
  [("Who developed the oral polio vaccine?", "Albert Sabin", "Jonas Salk", "role-swap"),
   ("At which university was the inactivated polio vaccine developed?", "the University of Pittsburgh", "Johns Hopkins University", "entity-substitution")]),
 ("The Greyfield Line is a narrow-gauge railway in the hills of Wexmoor. It was opened in 1874 to carry slate from the Tarn quarries to the "
  "harbour at Elstow. Passenger trains ran until 1949, and volunteers reopened the line as a heritage railway in 1996.",
  [("What did the Greyfield Line originally carry?", "slate", "coal and iron ore", "content-substitution"),
   ("When was the Greyfield Line reopened as a heritage railway?", "1996", "in 1949, by volunteers", "number")]),
 ("Chimborazo is an inactive volcano in the Andes of Ecuador, with a summit at 6,263 metres. Because of the equatorial bulge of the Earth, "
  "its summit is the point on the surface farthest from the Earth's centre.",
  [("In which country is Chimborazo?", "Ecuador", "Peru", "entity-substitution"),
   ("What is special about the summit of Chimborazo?", "it is the point on the Earth's surface farthest from the Earth's centre", "it is the highest summit in the Andes", "content-substitution")]),
 ("Hollis and Brandt is a law firm founded in Chicago in 1921 by Walter Hollis and Emil Brandt. Walter Hollis later served as a federal judge, "
  "while Emil Brandt ran the firm until his death in 1958.",
  [("Which founder of Hollis and Brandt became a federal judge?", "Walter Hollis", "Emil Brandt", "role-swap"),
   ("In which city was Hollis and Brandt founded?", "Chicago", "It was founded in Milwaukee.", "entity-substitution")]),
 ("The Nile is a river in northeastern Africa that flows north into the Mediterranean Sea. Its two main tributaries, the White Nile and "
  "the Blue Nile, meet at Khartoum, the capital of Sudan.",
  [("Where do the White Nile and the Blue Nile meet?", "Khartoum", "Cairo", "entity-substitution"),
   ("Into which sea does the Nile flow?", "the Mediterranean Sea", "the Red Sea", "entity-substitution")]),
 ("Ravenscar Hall is a country house in Norfolk built between 1712 and 1720 for Sir Edmund Ashby. The gardens were laid out by Lancelot "
  "Brown in the 1760s. The house has belonged to the National Heritage Trust since 1951.",
  [("Who laid out the gardens of Ravenscar Hall?", "Lancelot Brown", "Sir Edmund Ashby", "role-swap"),
   ("Since when has the National Heritage Trust owned Ravenscar Hall?", "since 1951", "since 1851", "number")]),
 ("The Ashcombe Prize is awarded every two years to a poet under the age of 35. It was established in 1987 by the publisher Gerald Ashcombe. "
  "Its first winner was Nadia Orme for the collection Salt Hours.",
  [("Who won the first Ashcombe Prize?", "Nadia Orme", "Gerald Ashcombe", "role-swap"),
   ("What is the age limit for the Ashcombe Prize?", "under 35", "It is open to poets of any age.", "content-substitution")]),
 ("The Great Barrier Reef is the world's largest coral reef system, off the coast of Queensland, Australia. It stretches for over 2,300 "
  "kilometres and can be seen from outer space.",
  [("Off which Australian state is the Great Barrier Reef?", "Queensland", "New South Wales", "entity-substitution"),
   ("How long is the Great Barrier Reef?", "over 2,300 kilometres", "about 1,200 kilometres", "number")]),
 ("Tessaly Park is a football stadium in the city of Marrow, home to Marrow Athletic since 1903. The stadium holds 31,000 spectators. "
  "Marrow Athletic's rivals, Marrow United, play at the Quay Ground across the river.",
  [("Which club plays at the Quay Ground?", "Marrow United", "Marrow Athletic", "role-swap"),
   ("How many spectators does Tessaly Park hold?", "31,000", "45,000", "number")]),
 ("Penicillin was discovered in 1928 by Alexander Fleming at St Mary's Hospital in London. Howard Florey and Ernst Chain later developed it "
  "into a usable drug, and the three men shared the Nobel Prize in Physiology or Medicine in 1945.",
  [("Where did Alexander Fleming discover penicillin?", "at St Mary's Hospital in London", "at a laboratory in Oxford", "entity-substitution"),
   ("With whom did Fleming share the 1945 Nobel Prize?", "Howard Florey and Ernst Chain", "Howard Florey and Louis Pasteur", "entity-substitution")]),
 ("The Corvin Sound is a strait between the islands of Edda and Moray. A ferry crosses it every hour from the port of Linn on Edda to "
  "Brae on Moray. The crossing takes 35 minutes.",
  [("Which port on Moray does the ferry sail to?", "Brae", "Linn", "role-swap"),
   ("How long does the crossing of the Corvin Sound take?", "35 minutes", "It takes about an hour.", "number")]),
 ("Mount Kilimanjaro is a dormant volcano in Tanzania and the highest mountain in Africa. It has three volcanic cones: Kibo, Mawenzi and Shira. "
  "Its summit, Uhuru Peak, lies on Kibo.",
  [("On which cone of Kilimanjaro is Uhuru Peak?", "Kibo", "Mawenzi", "wrong-entity"),
   ("In which country is Mount Kilimanjaro?", "Tanzania", "Kenya", "entity-substitution")]),
 ("Ada Lovelace was an English mathematician, the daughter of the poet Lord Byron. She worked with Charles Babbage on his proposed "
  "Analytical Engine and published what is considered the first computer program in 1843.",
  [("Whose daughter was Ada Lovelace?", "Lord Byron's", "Percy Shelley's", "entity-substitution"),
   ("On which machine did Ada Lovelace work with Charles Babbage?", "the Analytical Engine", "the Difference Engine", "phrase-name")]),
 ("The Sable Hotel is a 12-storey hotel in the centre of Dunmore, opened in 1926. It was designed by the architect Hugo Lenz in the Art Deco "
  "style and was restored in 2011 by the Corran Group, which still owns it.",
  [("In which style was the Sable Hotel designed?", "Art Deco", "Gothic Revival", "content-substitution"),
   ("Which company restored the Sable Hotel?", "the Corran Group", "the Dunmore Group", "phrase-name")]),
 ("The Amazon rainforest covers much of the Amazon basin of South America. Most of it lies in Brazil, followed by Peru and Colombia. "
  "It is home to around 390 billion individual trees.",
  [("Which country holds most of the Amazon rainforest?", "Brazil", "Peru", "wrong-entity"),
   ("About how many individual trees does the Amazon rainforest have?", "around 390 billion", "around 16 billion", "number")]),
]

# more passages, dev only (added to widen the dev split; the test split is unchanged)
P_DEV = [
 ("The Calder Prize for architecture was founded in 1979 by the Norwegian shipping family Aalberg. It is awarded each spring in Bergen. "
  "The 2004 prize went to the Danish architect Lise Holm for the Fjordline Library.",
  [("Which family founded the Calder Prize?", "the Aalberg family", "the Holm family", "role-swap"),
   ("For which building did Lise Holm win the prize?", "the Fjordline Library", "the Bergen Concert Hall", "entity-substitution")]),
 ("Kettle Creek is a tributary of the Brandt River in western Ontario. It rises in the Mallory Hills and flows south for 64 kilometres. "
  "The village of Ashgrove stands where the creek joins the river.",
  [("Where does Kettle Creek rise?", "in the Mallory Hills", "in the Ashgrove Highlands", "phrase-name"),
   ("How long is Kettle Creek?", "64 kilometres", "about 120 kilometres", "number")]),
 ("The Orchid Line was a passenger ship built in Glasgow in 1911 for the Halloran Steamship Company. She carried emigrants from Liverpool to "
  "Halifax until 1930, when she was sold for scrap.",
  [("Where was the Orchid Line built?", "Glasgow", "Belfast", "entity-substitution"),
   ("What route did the Orchid Line sail?", "from Liverpool to Halifax", "The ship carried cargo and mail between Liverpool and New York.", "generic-invention")]),
 ("Tomasz Wrobel is a Polish chess grandmaster born in Lodz in 1988. He won the European Individual Championship in 2013 and coached the "
  "Polish women's team at the 2018 Olympiad.",
  [("In which city was Tomasz Wrobel born?", "Lodz", "Warsaw", "entity-substitution"),
   ("What did Tomasz Wrobel win in 2013?", "the European Individual Championship", "the World Junior Championship", "phrase-name")]),
 ("The Sunda pangolin is a scaly mammal of the forests of Southeast Asia. It eats ants and termites, which it catches with a long sticky "
  "tongue, and rolls into a ball when threatened.",
  [("What does the Sunda pangolin eat?", "ants and termites", "beetles and earthworms", "content-substitution"),
   ("What does the pangolin do when threatened?", "it rolls into a ball", "It sprays a foul-smelling liquid at the attacker.", "generic-invention")]),
 ("Granite Falls is a city in Yellow Medicine County, Minnesota. It lies on the Minnesota River and was incorporated in 1889. "
  "The city is home to the Andrew J. Volstead House, a National Historic Landmark.",
  [("On which river does Granite Falls lie?", "the Minnesota River", "the Mississippi River", "entity-substitution"),
   ("Which landmark is in Granite Falls?", "the Andrew J. Volstead House", "the Yellow Medicine County Courthouse", "phrase-name")]),
 ("The Berwick Players are an amateur theatre company founded in 1923 in the market town of Berwick. Their best-known member was the actor "
  "Harold Finch, who later joined the Royal Court Theatre in London.",
  [("Which theatre did Harold Finch join in London?", "the Royal Court Theatre", "the Old Vic", "entity-substitution"),
   ("When were the Berwick Players founded?", "1923", "in 1932", "number")]),
 ("The Zephyr 7 is a single-seat glider designed by the Hungarian engineer Pal Kovacs in 1958. About 140 were built by the Danubia works "
  "in Esztergom, and several still fly in gliding clubs.",
  [("Who designed the Zephyr 7?", "Pal Kovacs", "Pal Danubia", "phrase-name"),
   ("Where was the Zephyr 7 built?", "in Esztergom", "in Budapest", "entity-substitution")]),
 ("Mount Tarrant is the highest peak of the Corbel Range, at 2,904 metres. It was first climbed in 1921 by the surveyor Edith Quayle, "
  "who named the nearby Quayle Glacier after her father.",
  [("Who first climbed Mount Tarrant?", "Edith Quayle", "the surveyor's father", "content-substitution"),
   ("How high is Mount Tarrant?", "2,904 metres", "3,120 metres", "number")]),
 ("The Lantern Review is a quarterly literary magazine published in Dublin since 1951. It was founded by the poet Seamus Carr and is now "
  "edited by Aoife Brennan. It publishes fiction, poetry and essays in English and Irish.",
  [("Who edits The Lantern Review today?", "Aoife Brennan", "Seamus Carr", "role-swap"),
   ("In which languages does the Lantern Review publish?", "English and Irish", "English and French", "entity-substitution")]),
 ("Hollow Pine is a 2009 American horror film directed by Marcus Reed and starring Julia Vance. It was shot in Oregon on a budget of "
  "2 million dollars and earned 31 million dollars worldwide.",
  [("Who directed Hollow Pine?", "Marcus Reed", "Julian Reed", "phrase-name"),
   ("Where was Hollow Pine filmed?", "Oregon", "It was filmed in rural Vermont.", "entity-substitution")]),
 ("The Vasa is a Swedish warship that sank on her maiden voyage in Stockholm harbour in 1628. She was salvaged in 1961 and is now displayed "
  "in the Vasa Museum on the island of Djurgarden.",
  [("When did the Vasa sink?", "1628", "1661", "number"),
   ("Where is the Vasa displayed today?", "in the Vasa Museum on Djurgarden", "in the Maritime Museum in Gothenburg", "entity-substitution")]),
 ("Elm Street Bakery was opened in 1958 by the brothers Leo and Sam Marchetti in Providence, Rhode Island. It is known for its rye bread "
  "and was sold to the Corsi family in 1995.",
  [("To whom was Elm Street Bakery sold?", "the Corsi family", "the Marchetti family", "role-swap"),
   ("What is Elm Street Bakery known for?", "its rye bread", "its sourdough pastries and cannoli", "content-substitution")]),
 ("The Ferris Observatory is operated by Hale University and stands on Mount Arden. Its largest instrument, the Bishop Telescope, has a "
  "mirror 3.2 metres across and saw first light in 1977.",
  [("Which university operates the Ferris Observatory?", "Hale University", "Arden University", "phrase-name"),
   ("How large is the mirror of the Bishop Telescope?", "3.2 metres", "4.1 metres", "number")]),
 ("Ruth Okafor is a Nigerian-born British novelist. Her debut, The Salt Road, won the Orwell Fiction Award in 2016. She teaches creative "
  "writing at the University of Leeds.",
  [("Where does Ruth Okafor teach?", "the University of Leeds", "the University of Manchester", "entity-substitution"),
   ("Which award did The Salt Road win?", "the Orwell Fiction Award", "It won a national poetry award.", "generic-invention")]),
 ("The Tamsin Dam holds back the Ember River to form Lake Coyle. It was completed in 1967 and supplies water to the city of Norwick. "
  "Its power station produces 180 megawatts.",
  [("Which lake does the Tamsin Dam form?", "Lake Coyle", "Lake Ember", "phrase-name"),
   ("Which city gets water from the Tamsin Dam?", "Norwick", "Coyle City", "phrase-name")]),
]

# more passages, dev only (issue 20, QA part: qualifiers, wrong slots, altered names, invented lower-case words;
# correct answers paraphrased: synonyms, abbreviations, reordered names, numbers in words)
P_DEV2 = [
 ("Marta Lindqvist is a Swedish marine biologist who studies cold-water corals. She directs the Skagen Marine Station in northern Denmark "
  "and in 2011 received the Hartwell Medal from the Royal Society of Edinburgh.",
  [("Which medal did Marta Lindqvist receive in 2011?", "the Hartwell Medal", "the Hartwell Gold Medal for Oceanography", "qualifier"),
   ("What does Marta Lindqvist study?", "cold-water corals", "deep-sea sponges", "content-substitution")]),
 ("The Brennan Bridge carries the A41 road over the River Teal near the town of Oldcastle. It was designed by the engineer George Pryce "
  "and opened in 1934. The bridge has three arches and is 210 metres long.",
  [("Who designed the Brennan Bridge?", "the engineer George Pryce", "George Pryceman", "name-change"),
   ("How many arches does the Brennan Bridge have?", "three", "five", "number")]),
 ("The Ravel Quartet is a string quartet formed in Lyon in 1987. Its first violinist, Claire Dumont, left in 2002 and was replaced by "
  "Henri Masson. The quartet has recorded the complete string quartets of Beethoven.",
  [("Who replaced Claire Dumont in the Ravel Quartet?", "Henri Masson", "Claire Masson", "name-change"),
   ("Where was the Ravel Quartet formed?", "Lyon, France", "in the southern part of Lyon", "qualifier")]),
 ("Port Elsby is a fishing town on the east coast of Scotland, in the county of Fife. Its harbour was built in 1822, and the town is known "
  "for its annual herring festival held every August.",
  [("When is the herring festival in Port Elsby held?", "every August", "every July", "entity-substitution"),
   ("In which county is Port Elsby?", "Fife", "the historic county of Fife and Kinross", "qualifier")]),
 ("The Hadley Institute of Technology (HIT) was founded in 1961 in Auckland, New Zealand. Its first president was the physicist Margaret "
  "Owusu, and it now enrols about 9,000 students.",
  [("Who was the first president of the Hadley Institute of Technology?", "physicist Margaret Owusu", "the chemist Margaret Owusu", "qualifier"),
   ("About how many students does HIT enrol?", "roughly nine thousand", "about 12,000", "number")]),
 ("Caspian Blue is a 1998 novel by the Iranian-born writer Dariush Farahani. It follows a family of caviar fishermen on the Caspian coast "
  "and was translated into English by Helen Ward in 2004.",
  [("Who translated Caspian Blue into English?", "Helen Ward", "Dariush Farahani", "wrong-slot"),
   ("What does Caspian Blue follow?", "a family of caviar fishermen", "a family of wealthy carpet merchants", "lower-case-invention")]),
 ("The Ostrava Lions are an ice hockey club from the Czech Republic. They play their home games at the Vitkovice Arena and won the "
  "national championship in 1996 and 2008 under coach Pavel Novak.",
  [("Where do the Ostrava Lions play their home games?", "Vitkovice Arena", "the Ostrava City Arena", "phrase-name"),
   ("Who coached the Ostrava Lions to their championships?", "Novak, Pavel", "Pavel Novotny", "name-change")]),
 ("Lake Morrow is a reservoir in the state of Victoria, Australia, created in 1958 by damming the Goulburn River. It covers 36 square "
  "kilometres and is popular for sailing and trout fishing.",
  [("Which river was dammed to create Lake Morrow?", "the Goulburn", "the Murray River", "entity-substitution"),
   ("What is Lake Morrow popular for?", "sailing and fishing for trout", "sailing, rowing and swimming", "lower-case-invention")]),
 ("The Wexley Codex is a 12th-century illuminated manuscript of the Gospels. It was made at Wexley Abbey in Kent and is now kept in the "
  "British Library in London.",
  [("Where is the Wexley Codex kept today?", "the British Library", "the Bodleian Library in Oxford", "entity-substitution"),
   ("Where was the Wexley Codex made?", "at Wexley Abbey", "at Wexley Cathedral", "phrase-name")]),
 ("Samuel Okonjo was a Nigerian sprinter who won the silver medal in the 200 metres at the 1984 Commonwealth Games. He later became a "
  "sports journalist for the Lagos Daily Times.",
  [("What medal did Samuel Okonjo win at the Commonwealth Games?", "silver", "gold", "entity-substitution"),
   ("Which newspaper did Samuel Okonjo write for?", "the Lagos Daily Times", "the Lagos Evening Herald", "phrase-name")]),
 ("The Pelham Motor Company built cars in Coventry from 1919 to 1956. Its best-selling model was the Pelham Ten, a small family saloon. "
  "The company was bought by Rootes in 1956.",
  [("Which company bought Pelham?", "the Rootes Group", "the Coventry Motor Group", "phrase-name"),
   ("What kind of car was the Pelham Ten?", "a small family saloon", "a small two-seat sports roadster", "lower-case-invention")]),
 ("Ingrid Solberg is a Norwegian politician of the Labour Party. She served as mayor of Tromso from 2003 to 2011 and was then elected to "
  "the Storting, the Norwegian parliament.",
  [("Which city did Ingrid Solberg serve as mayor?", "Tromso", "Bergen", "entity-substitution"),
   ("How long was Ingrid Solberg mayor?", "eight years", "twelve years", "number")]),
 ("Fenwick Hall is a country house in Northumberland, England, built in 1724 for the merchant Robert Fenwick. It was later owned by the "
  "Grey family and since 1952 has belonged to the National Trust, which opens its gardens to visitors.",
  [("For whom was Fenwick Hall built?", "merchant Robert Fenwick", "It was built for a wealthy local bishop.", "generic-invention"),
   ("Who owns Fenwick Hall today?", "the National Trust", "the Grey family", "wrong-slot")]),
 ("The Alder Valley Railway is a heritage railway in Wales. It runs steam trains for 11 kilometres between Llanfair and Pontmawr, "
  "on a line that was closed by British Rail in 1965 and reopened by volunteers in 1978.",
  [("Who reopened the Alder Valley Railway?", "volunteers", "British Rail engineers", "wrong-slot"),
   ("When was the line closed?", "in nineteen sixty-five", "It was closed gradually during the 1970s.", "generic-invention")]),
 ("The common swift spends almost its whole life in the air. It breeds in Europe and Asia and winters in southern Africa, "
  "and it feeds on insects that it catches in flight.",
  [("Where does the common swift spend the winter?", "in southern Africa", "in northern Africa", "qualifier"),
   ("What does the common swift eat?", "flying insects", "insects and small seeds", "lower-case-invention")]),
 ("Oskar Brandt was a German conductor who led the Leipzig Radio Orchestra from 1961 to 1979. He was known for his recordings of "
  "Bruckner and taught conducting at the Leipzig conservatory.",
  [("Which orchestra did Oskar Brandt lead?", "Leipzig Radio Orchestra", "the Leipzig Gewandhaus Orchestra", "phrase-name"),
   ("What was Oskar Brandt known for?", "his Bruckner recordings", "his recordings of Mahler", "entity-substitution")]),
 ("Glenmoor is a single malt whisky distillery on the island of Islay. It was founded in 1881 by the brothers John and Angus Reid, "
  "and it is owned today by the French drinks company Valmont.",
  [("Who founded the Glenmoor distillery?", "Angus and John Reid", "the brothers John and Angus Reidford", "name-change"),
   ("Who owns Glenmoor today?", "Valmont, a French company", "a French wine cooperative", "lower-case-invention")]),
 ("The Corran Lighthouse stands on a rocky headland at the mouth of Loch Linnhe. It was built by the engineer Alan Stevenson in 1860 "
  "and was automated in 1970.",
  [("Who built the Corran Lighthouse?", "Alan Stevenson", "Robert Stevenson", "name-change"),
   ("When was the Corran Lighthouse automated?", "1970", "It was automated after the keepers left in 1860.", "wrong-slot")]),
 ("The Halden Choir was founded in 1948 by the organist Nils Berg. Its present conductor is Kari Lund, who took over from Berg's son "
  "Erik in 1999. The choir sings mostly in Trondheim Cathedral.",
  [("Who conducts the Halden Choir today?", "Kari Lund", "Erik Berg", "wrong-slot"),
   ("Who founded the Halden Choir?", "Nils Berg, an organist", "Kari Lund", "wrong-slot")]),
 ("The Marsh Arabs' reed houses are built in southern Iraq from reeds cut in the marshes between the Tigris and the Euphrates. "
  "The largest kind, the mudhif, serves as a guest house for the village.",
  [("What is a mudhif used for?", "as a guest house", "as a village mosque", "content-substitution"),
   ("Between which rivers are the marshes?", "the Tigris and the Euphrates", "the Euphrates and the Jordan", "entity-substitution")]),
 ("Carl Weiss and his student Anna Roth discovered the comet Weiss-Roth in 1931 at the Sonneberg Observatory. Roth later directed the "
  "observatory from 1950 until 1968.",
  [("Who directed the Sonneberg Observatory from 1950?", "Anna Roth", "Carl Weiss", "role-swap"),
   ("When was the comet Weiss-Roth discovered?", "in 1931", "1950", "wrong-slot")]),
 ("The town of Kelso lies where the River Teviot joins the River Tweed. Its abbey was founded in 1128 by King David I and was destroyed "
  "by English troops in 1545.",
  [("Who founded Kelso Abbey?", "David I", "English troops", "wrong-slot"),
   ("Which river joins the Tweed at Kelso?", "the Teviot", "the River Tweed", "question-entity")]),
 ("The Dunmore Trophy is a rowing race held every June on the River Wye at Monmouth. It was first rowed in 1891 between crews from "
  "Monmouth School and Hereford Cathedral School, and the winning crew receives a silver oar.",
  [("Where is the Dunmore Trophy rowed?", "on the Wye at Monmouth", "on the upper Wye near Hereford", "qualifier"),
   ("What does the winning crew receive?", "a silver oar", "a silver cup and medals", "lower-case-invention")]),
 ("Beatrix Hale was an English botanist who collected alpine plants in the Himalayas in the 1920s. Her herbarium of 4,000 specimens is "
  "kept at Kew Gardens, and the primrose Primula halea is named after her.",
  [("How many specimens are in Beatrix Hale's herbarium?", "four thousand", "about 40,000", "number"),
   ("Where did Beatrix Hale collect plants?", "the Himalayas", "mostly in the Alps", "entity-substitution")]),
 ("The Arden Canal links the River Severn at Gloucester with the town of Stroud. It was opened in 1779, closed to traffic in 1954, and is "
  "being restored by the Arden Canal Trust.",
  [("Which town does the Arden Canal link with Gloucester?", "Stroud", "Gloucester", "question-entity"),
   ("Who is restoring the Arden Canal?", "the Arden Canal Trust", "the Canal and River Trust", "phrase-name")]),
 ("Lucas Ferreira is a Brazilian footballer who plays as a goalkeeper for Gremio. He was born in Porto Alegre in 1996 and made his "
  "debut for the national team in 2021.",
  [("What position does Lucas Ferreira play?", "goalkeeper", "central defender", "content-substitution"),
   ("When did Lucas Ferreira first play for Brazil?", "2021", "in 1996", "wrong-slot")]),
 ("The Kestrel Mill is a water mill on the River Colne in Essex. It ground flour from 1780 until 1962, when it was bought by the county "
  "council, and it now houses a museum of rural life.",
  [("What does the Kestrel Mill house today?", "It is now home to a museum of rural life.", "It now houses a museum of rural railways.", "lower-case-invention"),
   ("Who bought the Kestrel Mill in 1962?", "The county council bought it.", "It was bought by a wealthy brewer.", "generic-invention")]),
 ("Agnes Moreau was a French painter of the Barbizon school. She painted mainly forest landscapes near Fontainebleau and exhibited at "
  "the Paris Salon from 1868. Her studio was in the village of Chailly.",
  [("What did Agnes Moreau mainly paint?", "She painted mostly forest landscapes.", "She painted mostly coastal landscapes.", "qualifier"),
   ("Where was Agnes Moreau's studio?", "Her studio was in Chailly.", "Her studio was in a converted barn in Chailly.", "qualifier")]),
 ("The Tallis Bell is a bronze bell cast in 1703 for St Anne's Church in Lewes. It weighs about 900 kilograms and was recast after "
  "it cracked during the celebrations of 1815.",
  [("When did the Tallis Bell crack?", "It cracked during the 1815 celebrations.", "It cracked during a severe frost in 1815.", "lower-case-invention"),
   ("What is the Tallis Bell made of?", "It is made of bronze.", "It is made of cast iron.", "content-substitution")]),
 ("The Harrow Line is a tram route in the city of Norden. It opened in 1899 with horse-drawn cars, was electrified in 1904, and today "
  "runs every ten minutes between the central station and the university.",
  [("How often do trams run on the Harrow Line?", "Trams run every 10 minutes.", "Trams run every ten minutes except on holidays.", "qualifier"),
   ("When was the Harrow Line electrified?", "It was electrified in 1904.", "It was electrified in 1904 by a Belgian firm.", "lower-case-invention")]),
 ("The Quarry Theatre is an open-air stage cut into a disused limestone quarry near Bath. It seats 600 people and stages "
  "Shakespeare plays each summer. It was created by the director Joan Pike in 1972.",
  [("What does the Quarry Theatre stage each summer?", "It puts on plays by Shakespeare.", "It stages Greek tragedies every summer.", "content-substitution"),
   ("Who created the Quarry Theatre?", "It was created by director Joan Pike.", "It was created by the playwright Joan Pike.", "qualifier")]),
 ("The Ashby Marathon is a road race run every October through the city of Ashby. The course starts in Victoria Park and finishes "
  "outside the town hall. The course record is held by the Kenyan runner Daniel Kiptoo.",
  [("Where does the Ashby Marathon finish?", "It ends in front of the town hall.", "It finishes beside the cathedral.", "entity-substitution"),
   ("Who holds the course record of the Ashby Marathon?", "The record belongs to Daniel Kiptoo of Kenya.", "The record belongs to an Ethiopian runner.", "entity-substitution")]),
 ("The Greystone Library was built with a gift from the industrialist Walter Greystone. It holds a large collection of maps and "
  "old newspapers, and its reading room is open to the public on weekdays.",
  [("What does the Greystone Library hold?", "It keeps many maps and old newspapers.", "It keeps many rare medieval manuscripts.", "lower-case-invention"),
   ("When is the reading room open?", "It is open to the public on weekdays.", "It is open to members only at weekends.", "qualifier")]),
 ("Piper Lake is a glacial lake in the Canadian Rockies. It is fed by meltwater from the Piper Glacier, which gives the water its "
  "turquoise colour, and it is reached by a steep hiking trail from the highway.",
  [("What gives Piper Lake its colour?", "Meltwater from the Piper Glacier gives it its colour.", "Minerals from hot springs give it its colour.", "content-substitution"),
   ("How do visitors reach Piper Lake?", "They walk up a steep trail from the highway.", "They take a cable car from the highway.", "content-substitution")]),
]

here = os.path.dirname(os.path.abspath(__file__))
counts = {}
with open(os.path.join(here, '..', 'qa_knowledge_passages.jsonl'), 'w') as f:
    for pi, (text, qs) in enumerate(P + P_DEV + P_DEV2):
        split = 'dev' if pi % 2 == 0 or pi >= len(P) else 'test'
        for qi, (q, right, wrong, cls) in enumerate(qs):
            for label, answer in (('grounded', right), ('ungrounded', wrong)):
                counts[(split, label)] = counts.get((split, label), 0) + 1
                f.write(json.dumps({'id': f'qa-{pi + 1:02d}-{qi + 1}-{"r" if label == "grounded" else "h"}', 'question': q,
                                    'contexts': [{'id': f'passage-{pi + 1:02d}', 'text': text}], 'answer': answer, 'label': label, 'split': split,
                                    'source': {'dataset': 'MC Actions QA over knowledge passages', 'licence': 'Apache-2.0',
                                               'class': 'correct' if label == 'grounded' else cls}}, ensure_ascii=False) + '\n')
print(sorted(counts.items()))
