//! A message's arguments: facts, never prose — names as the carrier gave them, dates already
//! formatted for the buyer, numbers, and the cases a select chooses between.

/// One argument's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is (a place, a carrier's name, a formatted date).
    Text(String),
    /// A case for a select (`window`/`none`, `place`/`none`, `cross_border`/`domestic`).
    Choice(&'static str),
    /// A whole number: formatted by the runtime, and selecting by plural category.
    Number(i64),
}

/// The arguments of one message, by variable name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args(Vec::new())
    }

    /// Adds a text argument.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a choice for a select.
    pub fn choice(mut self, name: &'static str, case: &'static str) -> Args {
        self.0.push((name, Arg::Choice(case)));
        self
    }

    /// Adds a number.
    pub fn number(mut self, name: &'static str, n: i64) -> Args {
        self.0.push((name, Arg::Number(n)));
        self
    }

    /// `$where`: `place` with `$name` = the place when one is known, else `none`.
    pub fn place(self, name: &'static str, place: Option<String>) -> Args {
        match place {
            Some(p) => self.choice("where", "place").text(name, p),
            None => self.choice("where", "none").text(name, ""),
        }
    }

    /// `$when`: `window` with `$name` = the text when one is known, else `none`.
    pub fn window(self, name: &'static str, text: Option<String>) -> Args {
        match text {
            Some(t) => self.choice("when", "window").text(name, t),
            None => self.choice("when", "none").text(name, ""),
        }
    }

    /// The value of a variable.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}
