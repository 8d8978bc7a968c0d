//! Check-digit algorithms used by carriers (public facts; names follow the tracking_number_data
//! set's CHECKSUM_ALGORITHMS).

/// A character's value in mod-10 schemes: digits as themselves, letters as `(ascii - 3) % 10`.
fn value(c: char) -> u32 {
    c.to_digit(10)
        .unwrap_or_else(|| (c as u32).wrapping_sub(3) % 10)
}

/// Mod 10 with multipliers for odd and even positions (0-based), optionally over the reversed
/// sequence.
pub fn mod10(serial: &str, check: char, evens: u32, odds: u32, reverse: bool) -> bool {
    let chars: Vec<char> = if reverse {
        serial.chars().rev().collect()
    } else {
        serial.chars().collect()
    };
    let total: u32 = chars
        .iter()
        .enumerate()
        .map(|(i, c)| value(*c) * if i % 2 == 1 { odds } else { evens })
        .sum();
    let rem = total % 10;
    let expected = if rem == 0 { 0 } else { 10 - rem };
    check.to_digit(10) == Some(expected)
}

/// Mod 7 over the numeric serial.
pub fn mod7(serial: &str, check: char) -> bool {
    let Ok(n) = serial.parse::<u64>() else {
        return false;
    };
    check.to_digit(10) == Some((n % 7) as u32)
}

/// UPU S10: weights 8 6 4 2 3 5 9 7, mod 11 (remainder 1 → 0, 0 → 5).
pub fn s10(serial: &str, check: char) -> bool {
    const W: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];
    if serial.len() != 8 {
        return false;
    }
    let total: u32 = serial
        .chars()
        .zip(W)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    let expected = match total % 11 {
        1 => 0,
        0 => 5,
        r => 11 - r,
    };
    check.to_digit(10) == Some(expected)
}

/// Luhn over the serial followed by the check digit.
pub fn luhn(serial: &str, check: char) -> bool {
    let mut total = 0;
    for (i, c) in serial.chars().chain([check]).rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        total += d;
    }
    total % 10 == 0
}

/// Σ digit × weight, then mod `m1`, then mod `m2` (FedEx).
pub fn sum_product(serial: &str, check: char, weights: &[u32], m1: u32, m2: u32) -> bool {
    let total: u32 = serial
        .chars()
        .zip(weights)
        .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
        .sum();
    check.to_digit(10) == Some(total % m1 % m2)
}

/// ISO 7064 mod 37/36 (DPD), as the DPD label specification gives it.
pub fn mod_37_36(serial: &str, check: char) -> bool {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let m: i64 = 36;
    let mut cd = m;
    for c in serial.chars() {
        let Some(v) = ALPHABET.iter().position(|a| *a as char == c) else {
            return false;
        };
        cd += v as i64;
        if cd > m {
            cd -= m;
        }
        cd *= 2;
        if cd > m {
            cd -= m + 1;
        }
    }
    cd = (m + 1) - cd;
    if cd == m {
        cd = 0;
    }
    usize::try_from(cd)
        .ok()
        .and_then(|i| ALPHABET.get(i))
        .map(|b| *b as char)
        == Some(check)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_numbers() {
        assert!(s10("12345678", '5'));
        assert!(!s10("12345678", '6'));
        assert!(mod7("331881002", '5'));
        assert!(luhn("7992739871", '3'));
        assert!(!luhn("7992739871", '4'));
        assert!(mod10("5R8939035756712", '7', 1, 2, false));
    }
}
