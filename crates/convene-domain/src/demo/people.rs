//! The demo's topic tags and its invented speakers.

/// Topic tags: slug and display name.
pub(super) const TOPICS: &[(&str, &str)] = &[
    ("artificial-intelligence", "Artificial intelligence"),
    ("ip-policy", "IP policy"),
    ("data", "Data"),
    ("ip-administration", "IP administration"),
    ("ai-inventions", "AI inventions"),
    ("metaverse", "The metaverse"),
    ("generative-ai", "Generative AI"),
    ("copyright", "Copyright"),
    ("synthetic-media", "Synthetic media"),
    ("ai-agents", "AI agents"),
];

/// Invented speakers: slug, name, affiliation and a one-sentence bio (the demo marker is added).
/// None of these people or organisations exists.
pub(super) const SPEAKERS: &[(&str, &str, &str, &str)] = &[
    (
        "helena-marchetti",
        "Helena Marchetti",
        "Secretariat of the Conversation (demo role)",
        "Helena coordinates the sessions of the Conversation and chairs their opening and \
         closing.",
    ),
    (
        "amara-okafor",
        "Amara Okafor",
        "Lagos Institute for Creative Technology",
        "Amara leads research on how generative tools are changing work in African film, music \
         and fashion.",
    ),
    (
        "lucia-ferreyra",
        "Lucía Ferreyra",
        "Faculty of Law, Universidad del Litoral Sur",
        "Lucía teaches copyright and technology law and writes on authorship in machine-assisted \
         creation.",
    ),
    (
        "kenji-watanabe",
        "Kenji Watanabe",
        "Harbourview Patent Attorneys",
        "Kenji is a patent attorney who advises software and robotics firms on claims involving \
         machine learning.",
    ),
    (
        "priya-raghunathan",
        "Priya Raghunathan",
        "Deccan Centre for Data Governance",
        "Priya studies data access, licensing and the economics of training data for AI models.",
    ),
    (
        "tomasz-wierzbicki",
        "Tomasz Wierzbicki",
        "Vistula Authors' Collective Management Society",
        "Tomasz heads licensing at a collective management organisation for writers and \
         translators.",
    ),
    (
        "beatriz-nunes",
        "Beatriz Nunes",
        "Atlantic Coast Musicians' Cooperative",
        "Beatriz is a composer and producer who represents independent musicians in talks on AI \
         and remuneration.",
    ),
    (
        "zhaolin-wen",
        "Zhaolin Wen",
        "Pearl Delta Laboratory for AI Standards",
        "Zhaolin works on technical standards for labelling and tracing the provenance of \
         AI-generated content.",
    ),
    (
        "fatima-al-sayegh",
        "Fatima Al-Sayegh",
        "Meridian Intellectual Property Office",
        "Fatima directs the examination division of an IP office that uses AI tools for search \
         and classification.",
    ),
    (
        "ingrid-solberg",
        "Ingrid Solberg",
        "Nordic Archive of Moving Images",
        "Ingrid manages rights and digitisation for a large audiovisual archive.",
    ),
    (
        "nadia-haddad",
        "Nadia Haddad",
        "Mediterranean Publishers' Alliance",
        "Nadia represents book and news publishers on questions of text and data mining.",
    ),
    (
        "kwame-mensah",
        "Kwame Mensah",
        "Volta Generative Studio",
        "Kwame founded a start-up that builds generative design tools for small businesses.",
    ),
    (
        "mateo-quispe",
        "Mateo Quispe",
        "Andean Network for Traditional Knowledge and Culture",
        "Mateo works with indigenous communities on protecting traditional cultural expressions \
         online.",
    ),
    (
        "sione-taufa",
        "Sione Taufa",
        "Pacific Islands Digital Heritage Trust",
        "Sione builds community-controlled digital archives for Pacific languages and music.",
    ),
];
