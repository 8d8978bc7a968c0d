# Waymark — the buyer's words, French. Machine translation; not yet reviewed by a native speaker.

## Statuses (labels)

status-pending = En attente du colis
status-info_received = Étiquette créée
status-in_transit = En transit
status-out_for_delivery = En cours de livraison
status-available_for_pickup = Disponible en point de retrait
status-failed_attempt = Tentative de livraison
status-delivered = Livré
status-exception = Attention requise
status-returning_to_sender = En retour vers la boutique
status-returned_to_sender = Retourné à la boutique
status-expired = Suivi terminé
status-cancelled = Annulé

## Phases of the cross-border path (labels on the progress bar)

phase-origin = Expédié
phase-export_customs = Douane à l'export
phase-linehaul = Transport international
phase-import_customs = Douane à l'import
phase-destination = Dans votre pays
phase-last_mile = Livraison
phase-return = Retour

## Reasons (labels)

reason-customs_delay = Retard en douane
reason-customs_documents = Documents demandés par la douane
reason-duties_unpaid = Droits ou taxes à payer
reason-prohibited = Contenu non autorisé
reason-customs_inspection = Contrôle douanier
reason-address_issue = Problème d'adresse
reason-recipient_unavailable = Destinataire absent
reason-business_closed = Établissement fermé
reason-refused = Refusé
reason-damaged = Endommagé
reason-lost = Perdu
reason-weather = Retard dû à la météo
reason-carrier_delay = Retard du transporteur
reason-returned = Renvoyé
reason-other = Autre problème

## Event labels: our words for a scan, shown beside the carrier's own

event-in_transit-origin = Colis pris en charge par le transporteur
event-in_transit-export_customs = En douane à l'export
event-in_transit-linehaul = En transit international
event-in_transit-import_customs = En douane à l'import
event-in_transit-destination = En transit dans votre pays
event-in_transit-last_mile = À proximité de chez vous
event-in_transit-return = En cours de retour

## Headlines: the parcel's state in a few words

headline-pending = La boutique prépare votre colis
headline-info_received = L'étiquette de votre colis a été créée
headline-in_transit = Votre colis est en route
headline-out_for_delivery = Votre colis est en cours de livraison
headline-available_for_pickup = Votre colis est prêt à être retiré
headline-failed_attempt = Le transporteur n'a pas pu livrer votre colis
headline-delivered = Votre colis a été livré le { $date }
headline-exception = Votre colis nécessite votre attention
headline-returning_to_sender = Votre colis est en cours de retour vers la boutique
headline-returned_to_sender = Votre colis a été retourné à la boutique
headline-expired = Le suivi a pris fin avant la livraison
headline-cancelled = Cet envoi a été annulé
headline-late = Votre colis a du retard

## The answer: one whole sentence — where it is now, what comes next, when, and anything to do

answer-label =
    { $when ->
        [window] L'étiquette est prête, mais { $carrier } n'a pas encore reçu votre colis ; une fois le colis pris en charge, livraison prévue : { $window }.
       *[none] L'étiquette est prête, mais { $carrier } n'a pas encore reçu votre colis ; vous verrez ici chaque étape dès qu'il l'aura pris en charge.
    }
answer-origin =
    { $route ->
        [cross_border]
            { $when ->
                [window] Votre colis a été pris en charge par { $carrier } et va maintenant passer la douane à l'export ; livraison prévue : { $window }.
               *[none] Votre colis a été pris en charge par { $carrier } et va maintenant passer la douane à l'export ; la date de livraison n'est pas encore connue.
            }
       *[domestic]
            { $when ->
                [window] Votre colis a été pris en charge par { $carrier } et est en route vers votre région ; livraison prévue : { $window }.
               *[none] Votre colis a été pris en charge par { $carrier } et est en route vers votre région ; la date de livraison n'est pas encore connue.
            }
    }
answer-export_customs =
    { $when ->
        [window] Votre colis est en cours de dédouanement à l'export et partira ensuite par avion vers votre pays ; livraison prévue : { $window }.
       *[none] Votre colis est en cours de dédouanement à l'export et partira ensuite par avion vers votre pays ; la date de livraison n'est pas encore connue.
    }
answer-linehaul =
    { $when ->
        [window] Votre colis est en transit entre deux pays et passera ensuite la douane à l'import ; livraison prévue : { $window }.
       *[none] Votre colis est en transit entre deux pays et passera ensuite la douane à l'import ; la date de livraison n'est pas encore connue.
    }
answer-import_customs =
    { $where ->
        [place]
            { $when ->
                [window] Votre colis est à la douane d'importation ({ $country }) et sera ensuite remis au transporteur local ; livraison prévue : { $window }.
               *[none] Votre colis est à la douane d'importation ({ $country }) et sera ensuite remis au transporteur local ; la date de livraison n'est pas encore connue.
            }
       *[none]
            { $when ->
                [window] Votre colis est à la douane d'importation et sera ensuite remis au transporteur local ; livraison prévue : { $window }.
               *[none] Votre colis est à la douane d'importation et sera ensuite remis au transporteur local ; la date de livraison n'est pas encore connue.
            }
    }
answer-destination =
    { $where ->
        [place]
            { $when ->
                [window] Votre colis est en route vers votre adresse (position actuelle : { $place }) ; livraison prévue : { $window }.
               *[none] Votre colis est en route vers votre adresse (position actuelle : { $place }) ; la date de livraison n'est pas encore connue.
            }
       *[none]
            { $when ->
                [window] Votre colis est arrivé dans votre pays et est en route vers votre adresse ; livraison prévue : { $window }.
               *[none] Votre colis est arrivé dans votre pays et est en route vers votre adresse ; la date de livraison n'est pas encore connue.
            }
    }
answer-in_transit =
    { $when ->
        [window] Votre colis est en route avec { $carrier } ; livraison prévue : { $window }.
       *[none] Votre colis est en route avec { $carrier } ; la date de livraison n'est pas encore connue.
    }
answer-out_for_delivery =
    { $where ->
        [place] Votre colis est en cours de livraison (secteur : { $place }) et devrait vous parvenir aujourd'hui ; vous n'avez rien à faire.
       *[none] Votre colis est en cours de livraison et devrait vous parvenir aujourd'hui ; vous n'avez rien à faire.
    }
answer-pickup =
    { $where ->
        [place]
            { $when ->
                [window] Votre colis vous attend au point de retrait { $point } ; retirez-le au plus tard le { $date }, muni d'une pièce d'identité et du numéro de suivi.
               *[none] Votre colis vous attend au point de retrait { $point } ; retirez-le rapidement, muni d'une pièce d'identité et du numéro de suivi.
            }
       *[none]
            { $when ->
                [window] Votre colis vous attend dans un point de retrait { $carrier } ; retirez-le au plus tard le { $date }, muni d'une pièce d'identité et du numéro de suivi.
               *[none] Votre colis vous attend dans un point de retrait { $carrier } ; retirez-le rapidement, muni d'une pièce d'identité et du numéro de suivi.
            }
    }
answer-failed_attempt =
    { $where ->
        [place] { $carrier } n'a pas pu livrer votre colis (lieu : { $place }) ; convenez d'une nouvelle livraison ou d'un retrait grâce à l'avis de passage laissé par le transporteur.
       *[none] { $carrier } n'a pas pu livrer votre colis ; convenez d'une nouvelle livraison ou d'un retrait grâce à l'avis de passage laissé par le transporteur.
    }
answer-delivered =
    { $where ->
        [place] Votre colis a été livré le { $date } (lieu : { $place }) ; si vous ne le trouvez pas, prévenez la boutique.
       *[none] Votre colis a été livré le { $date } ; si vous ne le trouvez pas, prévenez la boutique.
    }
answer-pay_duties =
    { $where ->
        [place] Votre colis est retenu par la douane ({ $country }) jusqu'au paiement des droits ou taxes ; réglez-les comme l'indique l'avis du transporteur et il sera libéré.
       *[none] Votre colis est retenu par la douane jusqu'au paiement des droits ou taxes ; réglez-les comme l'indique l'avis du transporteur et il sera libéré.
    }
answer-provide_documents =
    { $where ->
        [place] La douane ({ $country }) a besoin d'informations complémentaires avant de libérer votre colis ; répondez à la demande du transporteur ou demandez de l'aide à la boutique.
       *[none] La douane a besoin d'informations complémentaires avant de libérer votre colis ; répondez à la demande du transporteur ou demandez de l'aide à la boutique.
    }
answer-confirm_address = { $carrier } signale un problème avec l'adresse de livraison ; contactez la boutique pour la confirmer afin que le colis puisse être livré.
answer-late =
    { $when ->
        [window] Votre colis devait arriver au plus tard le { $promised } et a pris du retard ; la boutique a été prévenue, et la nouvelle date de livraison prévue est la suivante : { $window }.
       *[none] Votre colis devait arriver au plus tard le { $promised } et a pris du retard ; le transporteur n'a pas encore communiqué de nouvelle date, et la boutique a été prévenue.
    }
answer-lost = { $carrier } n'a pas scanné votre colis depuis { $days } jours, il est donc peut-être perdu ; la boutique peut ouvrir une réclamation auprès du transporteur.
answer-lost-reported = { $carrier } signale que votre colis est perdu ; la boutique peut ouvrir une réclamation auprès du transporteur et vous contactera.
answer-never_scanned = L'étiquette a été créée il y a { $days } jours, mais { $carrier } n'a pas encore reçu le colis ; la boutique a été prévenue.
answer-returning = Votre colis est en cours de retour vers la boutique ; contactez-la pour organiser une nouvelle livraison ou un remboursement.
answer-returned = Votre colis a été retourné à la boutique ; contactez-la pour organiser une nouvelle livraison ou un remboursement.
answer-expired = { $carrier } a cessé de suivre votre colis avant sa livraison ; contactez la boutique pour qu'elle puisse le localiser.
answer-cancelled = Cet envoi a été annulé avant le départ du colis ; contactez la boutique si vous ne vous y attendiez pas.
answer-pending = La boutique prépare votre colis ; vous verrez ici chaque étape dès que le transporteur l'aura pris en charge.

## The estimated delivery

eta-label = Livraison estimée
eta-window = Livraison prévue : { $window }
eta-unknown = La date de livraison n'est pas encore connue
eta-late = Attendue au plus tard le { $promised } ; nouvelle estimation : { $window }
eta-late-unknown = Attendue au plus tard le { $promised } ; pas encore de nouvelle date
eta-delivered = Livré le { $date }
eta-basis-carrier_promise = Engagement de livraison du transporteur
eta-basis-carrier_estimate = Estimation du transporteur
eta-basis-lane_history = Délai habituel pour ce trajet

## Exceptions: a title, what happened, and what the buyer can do

exc-title-carrier_exception = Le transporteur a signalé un problème
exc-title-customs_dwell = Retenu en douane plus longtemps que d'habitude
exc-title-silence = Aucune nouvelle du transporteur depuis un moment
exc-title-failed_attempt = Échec de la tentative de livraison
exc-title-returned = En cours de retour vers la boutique
exc-title-lost = Le colis est peut-être perdu
exc-title-late = En retard sur la date promise
exc-title-expired = Suivi terminé sans livraison
exc-title-never_scanned = Pas encore remis au transporteur
exc-title-awaiting_pickup = En attente de retrait

exc-why-customs_dwell =
    { $days ->
        [one] La douane retient votre colis depuis { $days } jour, alors que cela prend habituellement de { $min } à { $max } jours.
       *[other] La douane retient votre colis depuis { $days } jours, alors que cela prend habituellement de { $min } à { $max } jours.
    }
exc-why-silence =
    { $days ->
        [one] { $carrier } n'a pas scanné votre colis depuis { $days } jour ; à ce stade, il est fréquent qu'un colis reste sans nouvelles puis réapparaisse au scan suivant.
       *[other] { $carrier } n'a pas scanné votre colis depuis { $days } jours ; à ce stade, il est fréquent qu'un colis reste sans nouvelles puis réapparaisse au scan suivant.
    }
exc-why-lost =
    { $days ->
        [one] { $carrier } n'a pas scanné votre colis depuis { $days } jour.
       *[other] { $carrier } n'a pas scanné votre colis depuis { $days } jours, bien plus longtemps que la normale.
    }
exc-why-late =
    { $when ->
        [window] Votre colis devait arriver au plus tard le { $promised } ; nouvelle date de livraison prévue : { $window }.
       *[none] Votre colis devait arriver au plus tard le { $promised } ; le transporteur n'a pas encore communiqué de nouvelle date.
    }
exc-why-lost-reported = { $carrier } signale que votre colis est perdu.
exc-why-expired = { $carrier } a cessé de suivre votre colis avant qu'une livraison soit enregistrée.
exc-why-never_scanned =
    { $days ->
        [one] L'étiquette a été créée il y a { $days } jour, mais { $carrier } n'a pas encore scanné le colis.
       *[other] L'étiquette a été créée il y a { $days } jours, mais { $carrier } n'a pas encore scanné le colis.
    }
exc-why-awaiting_pickup =
    { $where ->
        [place]
            { $when ->
                [window] Votre colis vous attend au point de retrait { $point } jusqu'au { $date }.
               *[none] Votre colis vous attend au point de retrait { $point }.
            }
       *[none]
            { $when ->
                [window] Votre colis vous attend dans un point de retrait { $carrier } jusqu'au { $date }.
               *[none] Votre colis vous attend dans un point de retrait { $carrier }.
            }
    }
exc-pickup-hours = Horaires d'ouverture : { $hours }
exc-why-returning = Le colis est en cours de retour vers la boutique.
exc-why-returned = Le colis a été retourné à la boutique.
exc-why-failed-address_issue = { $carrier } n'a pas pu livrer votre colis en raison d'un problème d'adresse.
exc-why-failed-business_closed = { $carrier } n'a pas pu livrer votre colis, car l'établissement était fermé.
exc-why-failed-refused = La livraison a été refusée, { $carrier } n'a donc pas pu remettre le colis.
exc-why-failed-other = { $carrier } a tenté de livrer votre colis, mais personne n'était présent pour le réceptionner.
exc-why-customs_delay = La douane met plus de temps que d'habitude à libérer votre colis.
exc-why-customs_documents = La douane a besoin de documents ou d'informations avant de libérer votre colis.
exc-why-duties_unpaid = Des droits ou taxes doivent être payés avant que la douane libère votre colis.
exc-why-prohibited = La douane indique que le contenu n'est peut-être pas autorisé dans le pays.
exc-why-customs_inspection = Votre colis est en cours de contrôle par la douane.
exc-why-address_issue = { $carrier } signale un problème avec l'adresse de livraison.
exc-why-damaged = { $carrier } signale que votre colis a été endommagé.
exc-why-weather = De mauvaises conditions météo retardent votre colis.
exc-why-carrier_delay = { $carrier } signale un retard sur son réseau.
exc-why-other = { $carrier } a signalé un problème concernant votre colis.

action-none = Rien à faire pour le moment ; la boutique suit la situation de près.
action-pay_duties = Réglez les droits ou taxes comme l'indique l'avis du transporteur ; le colis sera libéré dès leur paiement.
action-provide_documents = Envoyez les informations demandées par la douane, ou demandez de l'aide à la boutique.
action-confirm_address = Contactez la boutique pour confirmer votre adresse de livraison.
action-arrange_redelivery = Convenez d'une nouvelle livraison ou d'un retrait avec { $carrier } grâce à l'avis de passage laissé.
action-collect =
    { $when ->
        [window] Retirez votre colis au plus tard le { $date }, muni d'une pièce d'identité et du numéro de suivi.
       *[none] Retirez votre colis rapidement, muni d'une pièce d'identité et du numéro de suivi.
    }
action-contact_store = Contactez la boutique ; elle organisera une nouvelle livraison ou un remboursement.
action-wait_store = Rien à faire pour le moment ; la boutique peut ouvrir une réclamation auprès du transporteur et vous contactera.

## Delivered, but not received

received-question = Colis non reçu ?
received-help =
    { $where ->
        [place] { $carrier } a enregistré la livraison le { $date } (lieu : { $place }). Si vous ne trouvez pas le colis, renseignez-vous auprès de vos voisins ou de l'accueil, puis prévenez la boutique sous { $days } jours pour qu'elle puisse ouvrir une réclamation.
       *[none] { $carrier } a enregistré la livraison le { $date }. Si vous ne trouvez pas le colis, renseignez-vous auprès de vos voisins ou de l'accueil, puis prévenez la boutique sous { $days } jours pour qu'elle puisse ouvrir une réclamation.
    }

## The widget's own words

ui-history = Historique du suivi
ui-show_all = Afficher les { $count } mises à jour
ui-show_less = Afficher moins de mises à jour
ui-contact = Contacter la boutique
ui-carrier_page = Suivre le colis sur le site { $carrier }
ui-parcel = Colis { $n } sur { $total }
ui-progress = { $phase } : étape { $n } sur { $total }
ui-now = Actuellement : { $phase }
ui-local_time = Heure locale du scan : { $time }
ui-stale = Dernière mise à jour : { $time } ; le transporteur ne répond pas pour le moment, ces informations ne sont donc peut-être pas à jour.
ui-no_events = Aucune mise à jour du transporteur pour l'instant.
ui-loading = Chargement du suivi…
ui-error = Le suivi n'est pas disponible pour le moment. Veuillez réessayer plus tard.
ui-support-subject = Commande { $order } : question sur mon colis

## Milestones: what the buyer is told unasked (email, WhatsApp, LINE, SMS, webhooks)

milestone-picked_up = { $carrier } a pris en charge votre colis, qui est maintenant en route.
    .short = Votre commande { $order } a été confiée à { $carrier }. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } a été confiée à { $carrier } et est en route. Suivez-la ici : { $link }
milestone-export_cleared = Votre colis a été dédouané à l'export et partira ensuite par avion vers votre pays.
    .short = Votre commande { $order } a été dédouanée à l'export. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } a été dédouanée à l'export et partira ensuite par avion vers votre pays. Suivez-la ici : { $link }
milestone-departed_origin_country = Votre colis a quitté le pays d'origine et fait route vers le vôtre.
    .short = Votre commande { $order } a quitté le pays d'origine. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } a quitté le pays d'origine et fait route vers le vôtre. Suivez-la ici : { $link }
milestone-arrived_destination_country = Votre colis est arrivé dans votre pays.
    .short = Votre commande { $order } est arrivée dans votre pays. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } est arrivée dans votre pays. Suivez-la ici : { $link }
milestone-import_cleared = Votre colis a été dédouané et a été remis au transporteur local.
    .short = Votre commande { $order } a été dédouanée. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } a été dédouanée et remise au transporteur local. Suivez-la ici : { $link }
milestone-available_for_pickup = Votre colis est prêt à être retiré.
    .short = Votre commande { $order } vous attend en point de retrait. Détails sur { $link }
    .whatsapp = Votre commande { $order } est prête à être retirée. Découvrez où et jusqu'à quand : { $link }
milestone-out_for_delivery = Votre colis est en cours de livraison et arrivera aujourd'hui.
    .short = Votre commande { $order } sera livrée aujourd'hui. Suivez-la sur { $link }
    .whatsapp = Votre commande { $order } est en cours de livraison et arrivera aujourd'hui. Suivez-la ici : { $link }
milestone-delivered = Votre colis a été livré.
    .short = Votre commande { $order } a été livrée. En cas de problème, signalez-le sur { $link }
    .whatsapp = Votre commande { $order } a été livrée. Vous ne l'avez pas reçue ? Signalez-le-nous ici : { $link }
milestone-exception = Votre colis nécessite votre attention ; découvrez ce qui s'est passé et ce que vous pouvez faire.
    .short = Votre commande { $order } nécessite votre attention. Détails sur { $link }
    .whatsapp = Votre commande { $order } nécessite votre attention. Découvrez ce qui s'est passé et ce que vous pouvez faire : { $link }

exc-title-watch_ended = Nous avons cessé de suivre votre colis
exc-why-watch_ended =
    { $days ->
        [one] Nous avons suivi votre colis pendant { $days } jour sans qu'aucune livraison soit enregistrée ; contactez la boutique pour qu'elle puisse le localiser.
       *[other] Nous avons suivi votre colis pendant { $days } jours sans qu'aucune livraison soit enregistrée ; contactez la boutique pour qu'elle puisse le localiser.
    }
