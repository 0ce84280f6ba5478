//! The sentence splitter against news prose that breaks naive splitters.
//!
//! Each case is a text and the sentences (headings, datelines and list items included) that
//! `Doc::new` must find, in order, exactly as they read in the text.

use lede::extract::{BlockKind, Doc};

const CASES: &[(&str, &[&str])] = &[
    // Abbreviations and titles.
    ("Mr. Smith went to Washington. He stayed.", &["Mr. Smith went to Washington.", "He stayed."]),
    ("Dr. Jane Roe and Mrs. Doe met Gen. Milley.", &["Dr. Jane Roe and Mrs. Doe met Gen. Milley."]),
    (
        "Sen. Warren and Rep. Ocasio-Cortez spoke. Gov. Newsom did not.",
        &["Sen. Warren and Rep. Ocasio-Cortez spoke.", "Gov. Newsom did not."],
    ),
    ("He moved to the U.S. in 1990. He never left.", &["He moved to the U.S. in 1990.", "He never left."]),
    ("He moved to the U.S. The move was hard.", &["He moved to the U.S.", "The move was hard."]),
    ("U.S. President Joe Biden spoke on Monday.", &["U.S. President Joe Biden spoke on Monday."]),
    (
        "Shares of Apple Inc. rose. Microsoft Corp. fell.",
        &["Shares of Apple Inc. rose.", "Microsoft Corp. fell."],
    ),
    ("He works for Acme Inc. The company is small.", &["He works for Acme Inc.", "The company is small."]),
    ("The vote is on Jan. 5 in St. Louis.", &["The vote is on Jan. 5 in St. Louis."]),
    (
        "It was signed on Feb. 12, 2023. Talks resume in Sept. 2024.",
        &["It was signed on Feb. 12, 2023.", "Talks resume in Sept. 2024."],
    ),
    ("Downing St. No. 10 is closed. Staff left.", &["Downing St. No. 10 is closed.", "Staff left."]),
    ("The answer was No. The council refused.", &["The answer was No.", "The council refused."]),
    (
        "Martin Luther King Jr. spoke there. Crowds came.",
        &["Martin Luther King Jr. spoke there.", "Crowds came."],
    ),
    (
        "Costs rose, e.g. for fuel and food. Wages did not.",
        &["Costs rose, e.g. for fuel and food.", "Wages did not."],
    ),
    ("The talks, i.e. the second round, failed.", &["The talks, i.e. the second round, failed."]),
    ("Police arrived at 7 p.m. The road was shut.", &["Police arrived at 7 p.m.", "The road was shut."]),
    ("The meeting starts at 9 a.m. Friday in Room 4.", &["The meeting starts at 9 a.m. Friday in Room 4."]),
    (
        "He was born in Sacramento, Calif. He moved east.",
        &["He was born in Sacramento, Calif.", "He moved east."],
    ),
    // Initials.
    ("J.R.R. Tolkien wrote it. It sold well.", &["J.R.R. Tolkien wrote it.", "It sold well."]),
    ("George W. Bush met Tony Blair in 2003.", &["George W. Bush met Tony Blair in 2003."]),
    ("The report by J. Smith and A. B. Jones is out.", &["The report by J. Smith and A. B. Jones is out."]),
    // Numbers, money, percentages.
    ("Inflation rose 3.5% in May. It fell in June.", &["Inflation rose 3.5% in May.", "It fell in June."]),
    (
        "The deal is worth $1.2bn. Shares jumped 4.75 per cent.",
        &["The deal is worth $1.2bn.", "Shares jumped 4.75 per cent."],
    ),
    ("Version 2.0.1 ships today. It fixes bugs.", &["Version 2.0.1 ships today.", "It fixes bugs."]),
    ("Revenue hit £3.4m. That was 12.5 times more.", &["Revenue hit £3.4m.", "That was 12.5 times more."]),
    (
        "Turnout was 61.2 per cent. 2024 will be different.",
        &["Turnout was 61.2 per cent.", "2024 will be different."],
    ),
    // Quotes and brackets after the full stop.
    ("\"We will win,\" he said. \"We always do.\"", &["\"We will win,\" he said.", "\"We always do.\""]),
    ("She said: \"It is over.\" Then she left.", &["She said: \"It is over.\"", "Then she left."]),
    ("“It is over.” Then she left.", &["“It is over.”", "Then she left."]),
    (
        "The plan (announced in May.) was dropped. Nobody objected.",
        &["The plan (announced in May.) was dropped.", "Nobody objected."],
    ),
    ("He left (for good.) Others stayed.", &["He left (for good.)", "Others stayed."]),
    ("\"Why now?\" Smith asked. Nobody answered.", &["\"Why now?\" Smith asked.", "Nobody answered."]),
    ("\"Why now?\" he asked. Nobody answered.", &["\"Why now?\" he asked.", "Nobody answered."]),
    ("\"It's over!\" The crowd cheered.", &["\"It's over!\"", "The crowd cheered."]),
    ("Is this the end? Maybe not.", &["Is this the end?", "Maybe not."]),
    (
        "The ‘Mr. Clean’ nickname stuck. It never left him.",
        &["The ‘Mr. Clean’ nickname stuck.", "It never left him."],
    ),
    // Ellipses.
    ("He paused... and went on. Then he stopped.", &["He paused... and went on.", "Then he stopped."]),
    ("We waited… The bus never came.", &["We waited…", "The bus never came."]),
    // Datelines.
    (
        "WASHINGTON (AP) — The Senate passed the bill on Tuesday. It now goes to the House.",
        &["WASHINGTON (AP) —", "The Senate passed the bill on Tuesday.", "It now goes to the House."],
    ),
    (
        "LONDON, June 14 (Reuters) - Britain's economy grew. Officials cheered.",
        &["LONDON, June 14 (Reuters) -", "Britain's economy grew.", "Officials cheered."],
    ),
    ("NEW YORK — Stocks fell sharply.", &["NEW YORK —", "Stocks fell sharply."]),
    (
        "(CNN) -- Stocks fell sharply. Officials cheered.",
        &["(CNN) --", "Stocks fell sharply.", "Officials cheered."],
    ),
    ("(CNN)Soon, stocks fell.", &["(CNN)", "Soon, stocks fell."]),
    ("(Not a dateline) stocks fell.", &["(Not a dateline) stocks fell."]),
    ("NATO said on Monday it would meet.", &["NATO said on Monday it would meet."]),
    // Headings, bullets, paragraphs, line breaks.
    (
        "Council approves budget\n\nThe council approved the budget.",
        &["Council approves budget", "The council approved the budget."],
    ),
    (
        "Key points\n- Taxes rise in May\n- Schools get more money\n\nThe rest follows.",
        &["Key points", "Taxes rise in May", "Schools get more money", "The rest follows."],
    ),
    (
        "What changed:\n1. Fares rise\n2) Routes are cut\nMore later.",
        &["What changed:", "Fares rise", "Routes are cut", "More later."],
    ),
    ("• First point.\n• Second point", &["First point.", "Second point"]),
    (
        "The mayor resigned.\nHer deputy takes over.\nAn election follows.",
        &["The mayor resigned.", "Her deputy takes over.", "An election follows."],
    ),
    (
        "The mayor said the city would\nraise taxes next year. Critics\nobjected at once.",
        &["The mayor said the city would\nraise taxes next year.", "Critics\nobjected at once."],
    ),
    ("Breaking News\nThe president resigned.", &["Breaking News", "The president resigned."]),
    (
        "Sentence without a final stop at the very end of the text",
        &["Sentence without a final stop at the very end of the text"],
    ),
    // Brands, URLs, odd starts.
    (
        "Sales of the iPhone fell. iPhone sales may recover.",
        &["Sales of the iPhone fell.", "iPhone sales may recover."],
    ),
    ("Read more at example.com. The site is free.", &["Read more at example.com.", "The site is free."]),
    (
        "It happened in the 1990s. The '90s were different.",
        &["It happened in the 1990s.", "The '90s were different."],
    ),
    (
        "He said it was e.g. fine. no capital follows here.",
        &["He said it was e.g. fine. no capital follows here."],
    ),
    // A stop lost where a caption ran into the story: a capitalised pronoun after a lowercase word.
    (
        "Brough leaves court after he was cleared of paying officials for stories Her decision sparked a row.",
        &[
            "Brough leaves court after he was cleared of paying officials for stories",
            "Her decision sparked a row.",
        ],
    ),
    (
        "The award was presented by Her Majesty the Queen.",
        &["The award was presented by Her Majesty the Queen."],
    ),
    ("Critics praised the film It Follows last year.", &["Critics praised the film It Follows last year."]),
    // …or a capitalised sentence adverb and its comma, after any word.
    (
        "He took them to Disney World However, the court heard he has assets.",
        &["He took them to Disney World", "However, the court heard he has assets."],
    ),
    (
        "Bowyer greets Rodgers before the replay Indeed, his options are stretched.",
        &["Bowyer greets Rodgers before the replay", "Indeed, his options are stretched."],
    ),
    // …or a subordinator or caption verb after a name, before a lowercase word.
    (
        "He patented it while working for Minolta After having his camera stolen he tried again.",
        &["He patented it while working for Minolta", "After having his camera stolen he tried again."],
    ),
    (
        "One fan turns heads: Malenda Meacham Dressed to impress, she cheers.",
        &["One fan turns heads: Malenda Meacham", "Dressed to impress, she cheers."],
    ),
    ("They watched The Day After Tomorrow again.", &["They watched The Day After Tomorrow again."]),
    (
        "The decoy was an officer named Pete Yesterday he was jailed for a year.",
        &["The decoy was an officer named Pete", "Yesterday he was jailed for a year."],
    ),
    ("Fans still sing Hey Jude Yesterday and Help.", &["Fans still sing Hey Jude Yesterday and Help."]),
    (
        "He sat with his dog Sam The retired worker said it was huge.",
        &["He sat with his dog Sam", "The retired worker said it was huge."],
    ),
    ("Alexander The Great died young.", &["Alexander The Great died young."]),
    (
        "Nuns have served the community since 1923 The attack is the first.",
        &["Nuns have served the community since 1923", "The attack is the first."],
    ),
    ("In 2023 The Times reported it.", &["In 2023 The Times reported it."]),
    ("Ms Lee Before Sunrise was filmed there.", &["Ms Lee Before Sunrise was filmed there."]),
    // A stop glued to the next sentence by a lost space.
    (
        "It follows an investigation into working practises.Mr Ashley has until 21 March to respond.",
        &["It follows an investigation into working practises.", "Mr Ashley has until 21 March to respond."],
    ),
    (
        "He was invited to the base in Shirebrook.\"The treatment of workers is under review,\" he wrote.",
        &[
            "He was invited to the base in Shirebrook.",
            "\"The treatment of workers is under review,\" he wrote.",
        ],
    ),
    // …its mark closes a quotation when no closer follows, opens the next one when one does
    (
        "The keeper said: \"We lost a month. It has been hard.\"Every pitch was under water.",
        &["The keeper said: \"We lost a month.", "It has been hard.\"", "Every pitch was under water."],
    ),
    (
        "The ferry was sold to a firm in Oban in March.\"It was a fair price,\" the owner said.",
        &["The ferry was sold to a firm in Oban in March.", "\"It was a fair price,\" the owner said."],
    ),
    // A capitalised preposition, a year and a comma after a lowercase word open a sentence.
    (
        "Read more about the mill a century ago In 1998, the last loom stopped.",
        &["Read more about the mill a century ago", "In 1998, the last loom stopped."],
    ),
    ("She lived In 1998 Street for years.", &["She lived In 1998 Street for years."]),
    // A title after "then-" or "ex-" is still a title.
    (
        "In 1998 then-Sen. Hale backed the dam. Ex-Gov. Dunn did not.",
        &["In 1998 then-Sen. Hale backed the dam.", "Ex-Gov. Dunn did not."],
    ),
    // A caption's "Pictured" after an abbreviation opens a sentence.
    (
        "She is a reporter based in Washington D.C. Pictured: the video of the rant.",
        &["She is a reporter based in Washington D.C.", "Pictured: the video of the rant."],
    ),
    // …or a word that commonly opens sentences, when a lowercase word follows it.
    (
        "Staff nursed the abandoned animals back to health The green-eyed cat was brought in.",
        &["Staff nursed the abandoned animals back to health", "The green-eyed cat was brought in."],
    ),
    (
        "He listened on the Today programme and read The Times and I know why.",
        &["He listened on the Today programme and read The Times and I know why."],
    ),
    (
        "She won as world No 2 in a show called On the Record.",
        &["She won as world No 2 in a show called On the Record."],
    ),
    // A photo caption's "Label:" glued after a word with no stop opens a sentence…
    (
        "The presenter was filmed shouting at an attendant in a retail park Furious: The clip spread fast.",
        &[
            "The presenter was filmed shouting at an attendant in a retail park",
            "Furious: The clip spread fast.",
        ],
    ),
    (
        "The couple wed in a small chapel in the hills Happy day: Guests threw petals.",
        &["The couple wed in a small chapel in the hills", "Happy day: Guests threw petals."],
    ),
    (
        "He held the cup aloft (right) Cheerful: The pair met at school.",
        &["He held the cup aloft (right)", "Cheerful: The pair met at school."],
    ),
    // …but not speech, a verdict, a time, a title, a field or note, or a name.
    ("The spokesman told Radio Kent: We will appeal.", &["The spokesman told Radio Kent: We will appeal."]),
    (
        "The jury returned the verdict: Guilty on all counts.",
        &["The jury returned the verdict: Guilty on all counts."],
    ),
    (
        "The family went to see Star Wars: The Force Awakens.",
        &["The family went to see Star Wars: The Force Awakens."],
    ),
    (
        "The roads were shut all morning Update: Police have reopened the bridge.",
        &["The roads were shut all morning Update: Police have reopened the bridge."],
    ),
    (
        "The cake needs four things Ingredients: Flour, eggs, sugar and butter.",
        &["The cake needs four things Ingredients: Flour, eggs, sugar and butter."],
    ),
    (
        "Do as you are told, not as I do: Her motto hung there.",
        &["Do as you are told, not as I do: Her motto hung there."],
    ),
    (
        "Fans went to Leeds for the final. Many stayed to visit Leeds: It was their first trip.",
        &["Fans went to Leeds for the final.", "Many stayed to visit Leeds: It was their first trip."],
    ),
    (
        "Meanwhile, prices rose. Talks went on, however, into the night.",
        &["Meanwhile, prices rose.", "Talks went on, however, into the night."],
    ),
];

#[test]
fn splits_news_prose() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let doc = Doc::new(text);
        let got: Vec<&str> = (0..doc.sentences().len()).map(|i| doc.sentence_text(i)).collect();
        if got != *expected {
            failures.push(format!("{text:?}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(CASES.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn kinds_of_blocks() {
    let text = "Council approves budget\n\nWASHINGTON (AP) — The council approved it.\n\n- One item\n";
    let doc = Doc::new(text);
    let kinds: Vec<BlockKind> = doc.sentences().iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![BlockKind::Heading, BlockKind::Dateline, BlockKind::Body, BlockKind::ListItem]);
}
