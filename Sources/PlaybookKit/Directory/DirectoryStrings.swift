/// The directory's words in English, declared once for every front end: what each
/// service, region and audience key means to a person, and the sentences that go with
/// a list of referrals. `{1}`, `{2}`… stand for values filled in.
enum DirectoryStrings {
    static let english: [String: String] = [
        "service.digital_helpline": "digital security helpline",
        "service.ddos_protection": "protection against DDoS attacks",
        "service.secure_hosting": "safe website hosting",
        "service.forensics": "forensic analysis of devices and attacks",
        "service.legal": "legal help",
        "service.psychosocial": "psychological and emotional support",
        "service.emergency_grants": "emergency grants",
        "service.relocation": "help to move to safety",
        "service.advocacy": "public and diplomatic pressure",
        "service.physical_security": "physical protection",
        "service.account_recovery": "account recovery",
        "service.training": "security training",
        "region.global": "every region",
        "region.africa": "Africa",
        "region.asia": "Asia",
        "region.eurasia": "Eurasia",
        "region.europe": "Europe",
        "region.latin-america": "Latin America",
        "region.middle-east-north-africa": "the Middle East and North Africa",
        "region.north-america": "North America",
        "region.oceania": "Oceania",
        "audience.journalists": "journalists",
        "audience.lgbtqi-defenders": "LGBTQI+ defenders",
        "audience.organisations": "organisations",
        "audience.women-defenders": "women human rights defenders",
        "referral.emergency-line": "Emergency line, day and night: {1}",
        "referral.only-for": "Only for {1}.",
        "referral.offers": "Offers: {1}",
        "referrals.more.one": "1 more organisation fits.",
        "referrals.more.many": "{1} more organisations fit.",
        "referrals.other-language": "None of these says it works in your language. They may answer in another one, and many can find someone who speaks yours.",
        "list.separator": ", ",
    ]
}
