# Waymark — the buyer's words, Hebrew. Machine translation; not yet reviewed by a native speaker.
#
# Gender-neutral: the buyer is never the subject of a gendered verb; requests are "יש ל…",
# "אפשר ל…" or "כדאי ל…", and "שלך"/"אליך" are written the same for everyone. A carrier that acts
# is "חברת השילוח { $carrier }" (feminine verb). A prefix before a name from outside Hebrew is
# joined with a maqaf ("ב־{ $place }"); a country (a Hebrew name from Intl) takes "של".

## Statuses (labels)

status-pending = בהמתנה לחבילה
status-info_received = נוצרה תווית משלוח
status-in_transit = בדרך
status-out_for_delivery = יצאה למסירה
status-available_for_pickup = מוכנה לאיסוף
status-failed_attempt = בוצע ניסיון מסירה
status-delivered = נמסרה
status-exception = דורשת תשומת לב
status-returning_to_sender = בדרך חזרה לחנות
status-returned_to_sender = הוחזרה לחנות
status-expired = המעקב הסתיים
status-cancelled = בוטלה

## Phases of the cross-border path (labels on the progress bar)

phase-origin = נשלחה
phase-export_customs = מכס יצוא
phase-linehaul = הובלה בינלאומית
phase-import_customs = מכס יבוא
phase-destination = במדינה שלך
phase-last_mile = מסירה
phase-return = החזרה

## Reasons (labels)

reason-customs_delay = עיכוב במכס
reason-customs_documents = המכס דורש מסמכים
reason-duties_unpaid = יש לשלם מכס או מסים
reason-prohibited = תכולה אסורה
reason-customs_inspection = בדיקת מכס
reason-address_issue = בעיה בכתובת
reason-recipient_unavailable = לא היה מי שיקבל את החבילה
reason-business_closed = העסק היה סגור
reason-refused = המשלוח סורב
reason-damaged = ניזוקה
reason-lost = אבדה
reason-weather = עיכוב בגלל מזג האוויר
reason-carrier_delay = עיכוב אצל חברת השילוח
reason-returned = נשלחה בחזרה
reason-other = בעיה אחרת

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = החבילה אצל חברת השילוח
event-in_transit-export_customs = במכס היצוא
event-in_transit-linehaul = בדרך בין מדינות
event-in_transit-import_customs = במכס היבוא
event-in_transit-destination = בדרך בתוך המדינה שלך
event-in_transit-last_mile = קרוב אליך
event-in_transit-return = בדרך חזרה

## Headlines: the parcel's state in a few words

headline-pending = החנות מכינה את החבילה שלך
headline-info_received = נוצרה תווית משלוח לחבילה שלך
headline-in_transit = החבילה שלך בדרך
headline-out_for_delivery = החבילה שלך יצאה למסירה
headline-available_for_pickup = החבילה שלך מוכנה לאיסוף
headline-failed_attempt = חברת השילוח לא הצליחה למסור את החבילה שלך
headline-delivered = החבילה שלך נמסרה ב־{ $date }
headline-exception = החבילה שלך דורשת תשומת לב
headline-returning_to_sender = החבילה שלך בדרך חזרה לחנות
headline-returned_to_sender = החבילה שלך הוחזרה לחנות
headline-expired = המעקב הסתיים לפני המסירה
headline-cancelled = המשלוח הזה בוטל
headline-late = החבילה שלך מתעכבת

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] התווית מוכנה, אבל חברת השילוח { $carrier } עדיין לא קיבלה את החבילה שלך; אחרי שתקבל אותה, מועד המסירה המשוער הוא { $window }.
       *[none] התווית מוכנה, אבל חברת השילוח { $carrier } עדיין לא קיבלה את החבילה שלך; ברגע שזה יקרה, כל שלב יופיע כאן.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] החבילה שלך אצל חברת השילוח { $carrier }, והשלב הבא הוא מכס היצוא; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך אצל חברת השילוח { $carrier }, והשלב הבא הוא מכס היצוא; מועד המסירה עדיין לא ידוע.
            }
       *[domestic]
            { $when ->
                [window] החבילה שלך אצל חברת השילוח { $carrier } ובדרך לאזור שלך; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך אצל חברת השילוח { $carrier } ובדרך לאזור שלך; מועד המסירה עדיין לא ידוע.
            }
    }
answer-export_customs =
    { $when ->
        [window] החבילה שלך במכס היצוא, ומשם היא תטוס למדינה שלך; מועד המסירה המשוער הוא { $window }.
       *[none] החבילה שלך במכס היצוא, ומשם היא תטוס למדינה שלך; מועד המסירה עדיין לא ידוע.
    }
answer-linehaul =
    { $when ->
        [window] החבילה שלך בדרך בין מדינות, והשלב הבא הוא מכס היבוא; מועד המסירה המשוער הוא { $window }.
       *[none] החבילה שלך בדרך בין מדינות, והשלב הבא הוא מכס היבוא; מועד המסירה עדיין לא ידוע.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] החבילה שלך במכס היבוא של { $country }, ומשם היא תועבר לחברת השילוח המקומית; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך במכס היבוא של { $country }, ומשם היא תועבר לחברת השילוח המקומית; מועד המסירה עדיין לא ידוע.
            }
       *[none]
            { $when ->
                [window] החבילה שלך במכס היבוא, ומשם היא תועבר לחברת השילוח המקומית; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך במכס היבוא, ומשם היא תועבר לחברת השילוח המקומית; מועד המסירה עדיין לא ידוע.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] החבילה שלך נמצאת ב־{ $place } ובדרך לכתובת שלך; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך נמצאת ב־{ $place } ובדרך לכתובת שלך; מועד המסירה עדיין לא ידוע.
            }
       *[none]
            { $when ->
                [window] החבילה שלך הגיעה למדינה שלך ובדרך לכתובת שלך; מועד המסירה המשוער הוא { $window }.
               *[none] החבילה שלך הגיעה למדינה שלך ובדרך לכתובת שלך; מועד המסירה עדיין לא ידוע.
            }
    }
answer-in_transit =
    { $when ->
        [window] החבילה שלך בדרך עם חברת השילוח { $carrier }; מועד המסירה המשוער הוא { $window }.
       *[none] החבילה שלך בדרך עם חברת השילוח { $carrier }; מועד המסירה עדיין לא ידוע.
    }
answer-out_for_delivery =
    { $where ->
        [place] החבילה שלך יצאה למסירה ב־{ $place } ואמורה להגיע היום; אין צורך לעשות דבר.
       *[none] החבילה שלך יצאה למסירה ואמורה להגיע היום; אין צורך לעשות דבר.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] החבילה שלך ממתינה ב־{ $point }; יש לאסוף אותה עד { $date } עם תעודה מזהה ומספר המעקב.
               *[none] החבילה שלך ממתינה ב־{ $point }; כדאי לאסוף אותה בקרוב עם תעודה מזהה ומספר המעקב.
            }
       *[none]
            { $when ->
                [window] החבילה שלך ממתינה בנקודת איסוף של { $carrier }; יש לאסוף אותה עד { $date } עם תעודה מזהה ומספר המעקב.
               *[none] החבילה שלך ממתינה בנקודת איסוף של { $carrier }; כדאי לאסוף אותה בקרוב עם תעודה מזהה ומספר המעקב.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] חברת השילוח { $carrier } לא הצליחה למסור את החבילה שלך ב־{ $place }; אפשר לתאם מסירה חוזרת או איסוף לפי ההודעה שהשאיר השליח.
       *[none] חברת השילוח { $carrier } לא הצליחה למסור את החבילה שלך; אפשר לתאם מסירה חוזרת או איסוף לפי ההודעה שהשאיר השליח.
    }
answer-delivered =
    { $where ->
        [place] החבילה שלך נמסרה ב־{ $place } ב־{ $date }; אם החבילה לא נמצאת, יש לפנות לחנות.
       *[none] החבילה שלך נמסרה ב־{ $date }; אם החבילה לא נמצאת, יש לפנות לחנות.
    }
answer-pay_duties =
    { $where ->
        [place] החבילה שלך מעוכבת במכס של { $country } עד שישולמו דמי המכס או המסים; יש לשלם אותם לפי ההוראות בהודעה של חברת השילוח, ואז החבילה תשוחרר.
       *[none] החבילה שלך מעוכבת במכס עד שישולמו דמי המכס או המסים; יש לשלם אותם לפי ההוראות בהודעה של חברת השילוח, ואז החבילה תשוחרר.
    }
answer-provide_documents =
    { $where ->
        [place] המכס של { $country } זקוק למידע נוסף לפני שישחרר את החבילה שלך; יש להשיב לבקשה של חברת השילוח או לפנות לחנות לקבלת עזרה.
       *[none] המכס זקוק למידע נוסף לפני שישחרר את החבילה שלך; יש להשיב לבקשה של חברת השילוח או לפנות לחנות לקבלת עזרה.
    }
answer-confirm_address = חברת השילוח { $carrier } מדווחת על בעיה בכתובת המסירה; יש לפנות לחנות כדי לאשר את הכתובת, כך שאפשר יהיה למסור את החבילה.
answer-late =
    { $when ->
        [window] החבילה שלך הייתה אמורה להגיע עד { $promised } והיא מתעכבת; מועד המסירה המשוער כעת הוא { $window }, והחנות עודכנה.
       *[none] החבילה שלך הייתה אמורה להגיע עד { $promised } והיא מתעכבת; חברת השילוח עדיין לא מסרה מועד חדש, והחנות עודכנה.
    }
answer-lost =
    { $days ->
        [one] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יום אחד, ולכן ייתכן שהיא אבדה; החנות יכולה להגיש תביעה מול חברת השילוח.
        [two] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יומיים, ולכן ייתכן שהיא אבדה; החנות יכולה להגיש תביעה מול חברת השילוח.
       *[other] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר { $days } ימים, ולכן ייתכן שהיא אבדה; החנות יכולה להגיש תביעה מול חברת השילוח.
    }
answer-lost-reported = חברת השילוח { $carrier } מדווחת שהחבילה שלך אבדה; החנות יכולה להגיש תביעה מול חברת השילוח ותיצור איתך קשר.
answer-never_scanned =
    { $days ->
        [one] התווית נוצרה לפני יום, אבל חברת השילוח { $carrier } עדיין לא קיבלה את החבילה; החנות עודכנה.
        [two] התווית נוצרה לפני יומיים, אבל חברת השילוח { $carrier } עדיין לא קיבלה את החבילה; החנות עודכנה.
       *[other] התווית נוצרה לפני { $days } ימים, אבל חברת השילוח { $carrier } עדיין לא קיבלה את החבילה; החנות עודכנה.
    }
answer-returning = החבילה שלך בדרך חזרה לחנות; יש לפנות לחנות כדי לתאם משלוח חדש או החזר כספי.
answer-returned = החבילה שלך הוחזרה לחנות; יש לפנות לחנות כדי לתאם משלוח חדש או החזר כספי.
answer-expired = חברת השילוח { $carrier } הפסיקה לעקוב אחרי החבילה שלך לפני שנמסרה; יש לפנות לחנות כדי שיבררו איפה היא.
answer-cancelled = המשלוח הזה בוטל לפני שהחבילה יצאה לדרך; אם זה לא היה צפוי, יש לפנות לחנות.
answer-pending = החנות מכינה את החבילה שלך; ברגע שחברת השילוח תקבל אותה, כל שלב יופיע כאן.

## The estimated delivery

eta-label = מועד מסירה משוער
eta-window = צפויה להגיע: { $window }
eta-unknown = מועד המסירה עדיין לא ידוע
eta-late = הייתה אמורה להגיע עד { $promised }; צפויה כעת: { $window }
eta-late-unknown = הייתה אמורה להגיע עד { $promised }; עדיין אין מועד חדש
eta-delivered = נמסרה ב־{ $date }
eta-basis-carrier_promise = המועד שחברת השילוח התחייבה אליו
eta-basis-carrier_estimate = ההערכה של חברת השילוח
eta-basis-lane_history = משך הזמן הרגיל במסלול הזה

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = חברת השילוח דיווחה על בעיה
exc-title-customs_dwell = מעוכבת במכס יותר מהרגיל
exc-title-silence = אין עדכון מחברת השילוח כבר זמן מה
exc-title-failed_attempt = ניסיון המסירה נכשל
exc-title-returned = בדרך חזרה לחנות
exc-title-lost = ייתכן שהחבילה אבדה
exc-title-late = מאוחר מהמועד שהובטח
exc-title-expired = המעקב הסתיים בלי מסירה
exc-title-never_scanned = עדיין לא נמסרה לחברת השילוח
exc-title-awaiting_pickup = ממתינה לאיסוף

exc-why-customs_dwell =
    { $days ->
        [one] החבילה שלך מעוכבת במכס כבר יום אחד, בעוד שבדרך כלל זה נמשך { $min } עד { $max } ימים.
        [two] החבילה שלך מעוכבת במכס כבר יומיים, בעוד שבדרך כלל זה נמשך { $min } עד { $max } ימים.
       *[other] החבילה שלך מעוכבת במכס כבר { $days } ימים, בעוד שבדרך כלל זה נמשך { $min } עד { $max } ימים.
    }
exc-why-silence =
    { $days ->
        [one] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יום אחד; בשלב הזה חבילות נעלמות לעיתים קרובות מהמעקב לזמן מה, ומופיעות שוב בסריקה הבאה.
        [two] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יומיים; בשלב הזה חבילות נעלמות לעיתים קרובות מהמעקב לזמן מה, ומופיעות שוב בסריקה הבאה.
       *[other] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר { $days } ימים; בשלב הזה חבילות נעלמות לעיתים קרובות מהמעקב לזמן מה, ומופיעות שוב בסריקה הבאה.
    }
exc-why-lost =
    { $days ->
        [one] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יום אחד.
        [two] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר יומיים, הרבה יותר מהרגיל.
       *[other] חברת השילוח { $carrier } לא סרקה את החבילה שלך כבר { $days } ימים, הרבה יותר מהרגיל.
    }
exc-why-late =
    { $when ->
        [window] החבילה שלך הייתה אמורה להגיע עד { $promised }; מועד המסירה המשוער כעת הוא { $window }.
       *[none] החבילה שלך הייתה אמורה להגיע עד { $promised }; חברת השילוח עדיין לא מסרה מועד חדש.
    }
exc-why-lost-reported = חברת השילוח { $carrier } מדווחת שהחבילה שלך אבדה.
exc-why-expired = חברת השילוח { $carrier } הפסיקה לעקוב אחרי החבילה שלך לפני שנרשמה מסירה.
exc-why-never_scanned =
    { $days ->
        [one] התווית נוצרה לפני יום, אבל חברת השילוח { $carrier } עדיין לא סרקה את החבילה.
        [two] התווית נוצרה לפני יומיים, אבל חברת השילוח { $carrier } עדיין לא סרקה את החבילה.
       *[other] התווית נוצרה לפני { $days } ימים, אבל חברת השילוח { $carrier } עדיין לא סרקה את החבילה.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] החבילה שלך ממתינה ב־{ $point } עד { $date }.
               *[none] החבילה שלך ממתינה ב־{ $point }.
            }
       *[none]
            { $when ->
                [window] החבילה שלך ממתינה בנקודת איסוף של { $carrier } עד { $date }.
               *[none] החבילה שלך ממתינה בנקודת איסוף של { $carrier }.
            }
    }
exc-pickup-hours = שעות פתיחה: { $hours }
exc-why-returning = החבילה בדרך חזרה לחנות.
exc-why-returned = החבילה חזרה לחנות.
exc-why-failed-address_issue = חברת השילוח { $carrier } לא הצליחה למסור את החבילה שלך בגלל בעיה בכתובת.
exc-why-failed-business_closed = חברת השילוח { $carrier } לא הצליחה למסור את החבילה שלך כי העסק היה סגור.
exc-why-failed-refused = המשלוח סורב, ולכן חברת השילוח { $carrier } לא יכלה למסור את החבילה.
exc-why-failed-other = חברת השילוח { $carrier } ניסתה למסור את החבילה שלך, אבל לא היה מי שיקבל אותה.
exc-why-customs_delay = שחרור החבילה שלך מהמכס נמשך יותר מהרגיל.
exc-why-customs_documents = המכס זקוק למסמכים או למידע לפני שישחרר את החבילה שלך.
exc-why-duties_unpaid = יש לשלם דמי מכס או מסים לפני שהמכס ישחרר את החבילה שלך.
exc-why-prohibited = המכס מדווח שייתכן שאסור להכניס את תכולת החבילה למדינה.
exc-why-customs_inspection = החבילה שלך נמצאת בבדיקת מכס.
exc-why-address_issue = חברת השילוח { $carrier } מדווחת על בעיה בכתובת המסירה.
exc-why-damaged = חברת השילוח { $carrier } מדווחת שהחבילה שלך ניזוקה.
exc-why-weather = מזג אוויר גרוע מעכב את החבילה שלך.
exc-why-carrier_delay = חברת השילוח { $carrier } מדווחת על עיכוב ברשת שלה.
exc-why-other = חברת השילוח { $carrier } דיווחה על בעיה בחבילה שלך.

action-none = אין צורך לעשות דבר כרגע; החנות עוקבת אחר המצב.
action-pay_duties = יש לשלם את דמי המכס או המסים לפי ההוראות בהודעה של חברת השילוח; החבילה תשוחרר מיד לאחר התשלום.
action-provide_documents = יש לשלוח את המידע שהמכס מבקש, או לפנות לחנות לקבלת עזרה.
action-confirm_address = יש לפנות לחנות כדי לאשר את כתובת המסירה.
action-arrange_redelivery = אפשר לתאם עם חברת השילוח { $carrier } מסירה חוזרת או איסוף, לפי ההודעה שהשאיר השליח.
action-collect =
    { $when ->
        [window] יש לאסוף את החבילה עד { $date } עם תעודה מזהה ומספר המעקב.
       *[none] כדאי לאסוף את החבילה בקרוב עם תעודה מזהה ומספר המעקב.
    }
action-contact_store = יש לפנות לחנות; שם יתאמו משלוח חדש או החזר כספי.
action-wait_store = אין צורך לעשות דבר כרגע; החנות יכולה להגיש תביעה מול חברת השילוח ותיצור איתך קשר.

## Delivered, but not received

received-question = החבילה לא הגיעה?
received-help =
    { $where ->
        [place]
            { $days ->
                [one] חברת השילוח { $carrier } רשמה את המסירה ב־{ $place } ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך יום אחד, כדי שתוכל להגיש תביעה.
                [two] חברת השילוח { $carrier } רשמה את המסירה ב־{ $place } ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך יומיים, כדי שתוכל להגיש תביעה.
               *[other] חברת השילוח { $carrier } רשמה את המסירה ב־{ $place } ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך { $days } ימים, כדי שתוכל להגיש תביעה.
            }
       *[none]
            { $days ->
                [one] חברת השילוח { $carrier } רשמה את המסירה ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך יום אחד, כדי שתוכל להגיש תביעה.
                [two] חברת השילוח { $carrier } רשמה את המסירה ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך יומיים, כדי שתוכל להגיש תביעה.
               *[other] חברת השילוח { $carrier } רשמה את המסירה ב־{ $date }. אם החבילה לא נמצאת, כדאי לבדוק עם השכנים או בקבלה, ואז לעדכן את החנות תוך { $days } ימים, כדי שתוכל להגיש תביעה.
            }
    }

## The widget's own words

ui-history = היסטוריית המעקב
ui-show_all =
    { $count ->
        [one] הצגת העדכון
        [two] הצגת שני העדכונים
       *[other] הצגת כל { $count } העדכונים
    }
ui-show_less = הצגת פחות עדכונים
ui-contact = פנייה לחנות
ui-carrier_page = מעקב באתר של { $carrier }
ui-parcel = חבילה { $n } מתוך { $total }
ui-progress = { $phase }: שלב { $n } מתוך { $total }
ui-now = עכשיו: { $phase }
ui-local_time = השעה המקומית במקום הסריקה: { $time }
ui-stale = עודכן לאחרונה: { $time }; חברת השילוח לא מגיבה כרגע, ולכן ייתכן שהמידע אינו עדכני.
ui-no_events = עדיין אין עדכונים מחברת השילוח.
ui-loading = נתוני המעקב בטעינה…
ui-error = המעקב אינו זמין כרגע. אפשר לנסות שוב מאוחר יותר.
ui-support-subject = הזמנה { $order }: שאלה על החבילה שלי

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = חברת השילוח { $carrier } קיבלה את החבילה שלך, והיא בדרך.
    .short = הזמנה { $order } בדרך עם { $carrier }: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, בדרך עם { $carrier }. אפשר לעקוב כאן: { $link }
milestone-export_cleared = החבילה שלך עברה את מכס היצוא, ובשלב הבא היא תטוס למדינה שלך.
    .short = הזמנה { $order } עברה את מכס היצוא. למעקב: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, עברה את מכס היצוא, ובשלב הבא היא תטוס למדינה שלך. אפשר לעקוב כאן: { $link }
milestone-departed_origin_country = החבילה שלך יצאה ממדינת המוצא ובדרך למדינה שלך.
    .short = הזמנה { $order } יצאה ממדינת המוצא. למעקב: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, יצאה ממדינת המוצא ובדרך למדינה שלך. אפשר לעקוב כאן: { $link }
milestone-arrived_destination_country = החבילה שלך הגיעה למדינה שלך.
    .short = הזמנה { $order } הגיעה למדינה שלך. למעקב: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, הגיעה למדינה שלך. אפשר לעקוב כאן: { $link }
milestone-import_cleared = החבילה שלך שוחררה מהמכס ונמצאת אצל חברת השילוח המקומית.
    .short = הזמנה { $order } שוחררה מהמכס. למעקב: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, שוחררה מהמכס ונמצאת אצל חברת השילוח המקומית. אפשר לעקוב כאן: { $link }
milestone-available_for_pickup = החבילה שלך מוכנה לאיסוף.
    .short = הזמנה { $order } מוכנה לאיסוף. פרטים: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, מוכנה לאיסוף. איפה ועד מתי אפשר לאסוף אותה: { $link }
milestone-out_for_delivery = החבילה שלך יצאה היום למסירה.
    .short = הזמנה { $order } יצאה היום למסירה. למעקב: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, יצאה היום למסירה. אפשר לעקוב כאן: { $link }
milestone-delivered = החבילה שלך נמסרה.
    .short = הזמנה { $order } נמסרה. לא הגיעה? { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, נמסרה. לא הגיעה? כאן אפשר לעדכן אותנו: { $link }
milestone-exception = החבילה שלך דורשת תשומת לב; כאן אפשר לראות מה קרה ומה אפשר לעשות.
    .short = הזמנה { $order } דורשת תשומת לב. פרטים: { $link }
    .whatsapp = ההזמנה שלך, מספר { $order }, דורשת תשומת לב. מה קרה ומה אפשר לעשות: { $link }

exc-title-watch_ended = הפסקנו לעקוב אחרי החבילה שלך
exc-why-watch_ended =
    { $days ->
        [one] עקבנו אחרי החבילה שלך במשך יום אחד, ולא נרשמה מסירה; יש לפנות לחנות כדי שיבררו איפה החבילה נמצאת.
        [two] עקבנו אחרי החבילה שלך במשך יומיים, ולא נרשמה מסירה; יש לפנות לחנות כדי שיבררו איפה החבילה נמצאת.
       *[other] עקבנו אחרי החבילה שלך במשך { $days } ימים, ולא נרשמה מסירה; יש לפנות לחנות כדי שיבררו איפה החבילה נמצאת.
    }
