//! News forms of casualty counts, one sentence each: the figure, its
//! interval and population, read exactly.

use crate::extract::Extractor;
use crate::lexicon::Lexicon;
use crate::model::{ClaimKind, Date, Document, PublishedFrom};
use crate::settings::Settings;

/// (kind, interval, population) of the count claims in `text`, in order.
fn counts(text: &str) -> Vec<(&'static str, String, String)> {
    let d = Document {
        id: "t".into(),
        text: text.into(),
        published: Some("2016-08-25".parse::<Date>().unwrap()),
        published_from: PublishedFrom::Manifest,
        source: None,
        url: None,
        meta: Vec::new(),
    };
    Extractor::new(Settings::bundled(), Lexicon::bundled())
        .extract(&d)
        .into_iter()
        .filter(|c| matches!(c.kind, ClaimKind::Casualties | ClaimKind::Injured))
        .map(|c| (c.kind.as_str(), c.value.quantity().unwrap().interval.to_string(), c.population.to_string()))
        .collect()
}

fn dead(i: &str, p: &str) -> (&'static str, String, String) {
    ("casualties", i.into(), p.into())
}

#[test]
fn enumeration_members_borrow_the_clause_cue() {
    assert_eq!(
        counts("Six civilians including a child were among at least 22 people killed in US air strikes."),
        vec![dead("[6, 6]", "civilians"), dead("[1, 1]", "children"), dead("[22, ∞)", "people")]
    );
    assert_eq!(
        counts("Fifteen civilians among them 11 children were killed in a barrel bomb attack."),
        vec![dead("[15, 15]", "civilians"), dead("[11, 11]", "children")]
    );
    assert_eq!(
        counts("Clashes left 30 regime soldiers and 39 rebel fighters dead."),
        vec![dead("[30, 30]", "fighters"), dead("[39, 39]", "fighters")]
    );
    assert_eq!(
        counts("US air strikes killed 50 Al-Qaeda militants and eight civilians on Tuesday."),
        vec![dead("[50, 50]", "fighters"), dead("[8, 8]", "civilians")]
    );
    assert_eq!(
        counts("Shelling killed 12 civilians among them 5 children."),
        vec![dead("[12, 12]", "civilians"), dead("[5, 5]", "children")]
    );
}

#[test]
fn a_member_with_its_own_cue_keeps_it() {
    // "30 people" has its own cue after it: wounded, not killed.
    assert_eq!(
        counts("The raid killed 12 people and 30 people were wounded."),
        vec![dead("[12, 12]", "people"), ("injured", "[30, 30]".into(), "people".into())]
    );
    assert_eq!(
        counts("35 people were killed and 60 wounded."),
        vec![dead("[35, 35]", "people"), ("injured", "[60, 60]".into(), "people".into())]
    );
}

#[test]
fn a_singular_noun_after_an_article_is_one() {
    assert_eq!(counts("A woman was killed in the shelling."), vec![dead("[1, 1]", "women")]);
    assert_eq!(
        counts("The strike killed a civilian and wounded three."),
        vec![dead("[1, 1]", "civilians"), ("injured", "[3, 3]".into(), "people".into())]
    );
    // A civilian area is not a civilian.
    assert_eq!(counts("Jets struck a civilian area killing 5 people."), vec![dead("[5, 5]", "people")]);
}

#[test]
fn a_death_toll_reaches_its_figure() {
    assert_eq!(counts("Kurdish police put the death toll at 16 earlier."), vec![dead("[16, 16]", "people")]);
    assert_eq!(counts("The director said the death toll from the strikes was 45."), vec![dead("[45, 45]", "people")]);
    assert_eq!(counts("The death toll rose to 35 on Sunday."), vec![dead("[35, 35]", "people")]);
    // A toll in days is not a count of people.
    assert_eq!(counts("The death toll over 3 days is unknown."), vec![]);
}

#[test]
fn common_news_forms() {
    assert_eq!(counts("Air strikes killed at least 12 civilians."), vec![dead("[12, ∞)", "civilians")]);
    assert_eq!(
        counts("12 people including 5 children were killed."),
        vec![dead("[12, 12]", "people"), dead("[5, 5]", "children")]
    );
    assert_eq!(
        counts("The attack killed 12 people among them 5 civilians."),
        vec![dead("[12, 12]", "people"), dead("[5, 5]", "civilians")]
    );
    assert_eq!(counts("Twelve civilians died in the raid."), vec![dead("[12, 12]", "civilians")]);
    assert_eq!(counts("Dozens of civilians were killed."), vec![dead("[24, 99]", "civilians")]);
    assert_eq!(counts("The bodies of 20 people were found."), vec![dead("[20, 20]", "people")]);
}

#[test]
fn headline_forms() {
    assert_eq!(
        counts("Terrorist Attack Kills Two Injures Three in Aleppo city."),
        vec![dead("[2, 2]", "people"), ("injured", "[3, 3]".into(), "people".into())]
    );
    assert_eq!(counts("Rocket Shells Claim 9 Civilians in Aleppo."), vec![dead("[9, 9]", "civilians")]);
    // A figure standing before a toll is not the toll.
    assert_eq!(counts("Get short URL 0 15 The death toll reached 51 people."), vec![dead("[51, 51]", "people")]);
    // The tail of "05-05-2016" is no count of the killed.
    assert_eq!(counts("05-05-2016 Several Syrians Killed in Homs."), vec![]);
    assert_eq!(
        counts("Over 750 people mostly women and children have so far been killed."),
        vec![dead("(750, ∞)", "people")]
    );
}

fn hurt(i: &str, p: &str) -> (&'static str, String, String) {
    ("injured", i.into(), p.into())
}

#[test]
fn a_cue_that_closed_its_clause_leaves_the_next_count_to_its_own_cue() {
    // "and" after the cue: the figure starts a clause of its own.
    assert_eq!(
        counts("On Tuesday some 100 civilians were killed and 500 more injured."),
        vec![dead("[90, 110]", "civilians")]
    );
    assert_eq!(counts("The shells left an elderly woman killed and 9 other people injured."), vec![]);
    // Its own cue is too far: no count at all rather than a wrong one.
    assert_eq!(
        counts("A woman was killed and 25 others on a bus were wounded in Homs."),
        vec![dead("[1, 1]", "women")]
    );
    // The cue right after the previous count's noun is that count's.
    assert_eq!(
        counts("Two children killed 5 others injured in terrorist rocket attack in Aleppo."),
        vec![dead("[2, 2]", "children")]
    );
    assert_eq!(
        counts("A child killed 7 people injured in terrorist attacks in Aleppo."),
        vec![dead("[1, 1]", "children"), hurt("[7, 7]", "people")]
    );
    // A cue of the same kind, or none after: the cue before still counts.
    assert_eq!(
        counts("Air strikes killed 12 people and 30 people were wounded."),
        vec![dead("[12, 12]", "people"), hurt("[30, 30]", "people")]
    );
    assert_eq!(
        counts("Two people were killed and 3 in Homs."),
        vec![dead("[2, 2]", "people"), dead("[3, 3]", "people")]
    );
}

#[test]
fn a_share_is_no_count() {
    assert_eq!(
        counts("Air strikes killed at least 39 people more than half of them civilians."),
        vec![dead("[39, ∞)", "people")]
    );
}

#[test]
fn the_dead_and_injured_together_are_no_toll() {
    assert_eq!(counts("URGENT 19 Killed and Injured in Tell Abyad Attack."), vec![]);
    assert_eq!(counts("At least 4 people killed and 15 other injured."), vec![dead("[4, ∞)", "people")]);
}

#[test]
fn medics_and_volunteers_are_civilians() {
    assert_eq!(counts("Four medics were killed in the strike."), vec![dead("[4, 4]", "civilians")]);
    assert_eq!(
        counts("Airstrikes killed at least 22 Red Crescent volunteers on Monday."),
        vec![dead("[22, ∞)", "civilians")]
    );
}
