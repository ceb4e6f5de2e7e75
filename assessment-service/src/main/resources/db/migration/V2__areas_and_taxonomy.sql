CREATE TABLE area (
    code        varchar(50) PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamptz NOT NULL,
    version     bigint NOT NULL DEFAULT 0
);

CREATE TABLE area_population (
    area_code   varchar(50) NOT NULL REFERENCES area (code) ON DELETE CASCADE,
    year        int NOT NULL,
    population  bigint NOT NULL CHECK (population > 0),
    PRIMARY KEY (area_code, year)
);

-- The taxonomy is data: data.police.uk slugs, Home Office offence groups, and categories a partnership adds.
CREATE TABLE crime_category (
    code                    varchar(60) PRIMARY KEY,
    name                    varchar(200) NOT NULL,
    description             varchar(2000),
    police_uk_slug          boolean NOT NULL DEFAULT false,
    home_office_group       boolean NOT NULL DEFAULT false,
    parent_code             varchar(60) REFERENCES crime_category (code),
    domestic_abuse_related  boolean NOT NULL DEFAULT false,
    counts_towards_total    boolean NOT NULL DEFAULT false,
    street_level_name       varchar(200) UNIQUE,
    added_by                varchar(200),
    created_at              timestamptz NOT NULL DEFAULT now()
);

-- Which data.police.uk category a Home Office group (or local category) falls within.
CREATE TABLE category_mapping (
    category_code  varchar(60) NOT NULL REFERENCES crime_category (code) ON DELETE CASCADE,
    maps_to_code   varchar(60) NOT NULL REFERENCES crime_category (code) ON DELETE CASCADE,
    PRIMARY KEY (category_code, maps_to_code)
);

INSERT INTO crime_category (code, name, police_uk_slug, counts_towards_total, street_level_name, description) VALUES
 ('anti-social-behaviour', 'Anti-social behaviour', true, false, 'Anti-social behaviour', 'Incidents of anti-social behaviour; not recorded crime, so not part of all crime'),
 ('bicycle-theft', 'Bicycle theft', true, true, 'Bicycle theft', null),
 ('burglary', 'Burglary', true, true, 'Burglary', null),
 ('criminal-damage-arson', 'Criminal damage and arson', true, true, 'Criminal damage and arson', null),
 ('drugs', 'Drugs', true, true, 'Drugs', null),
 ('other-theft', 'Other theft', true, true, 'Other theft', null),
 ('possession-of-weapons', 'Possession of weapons', true, true, 'Possession of weapons', null),
 ('public-order', 'Public order', true, true, 'Public order', null),
 ('robbery', 'Robbery', true, true, 'Robbery', null),
 ('shoplifting', 'Shoplifting', true, true, 'Shoplifting', null),
 ('theft-from-the-person', 'Theft from the person', true, true, 'Theft from the person', null),
 ('vehicle-crime', 'Vehicle crime', true, true, 'Vehicle crime', null),
 ('violent-crime', 'Violence and sexual offences', true, true, 'Violence and sexual offences', null),
 ('other-crime', 'Other crime', true, true, 'Other crime', null);

UPDATE crime_category SET home_office_group = true
 WHERE code IN ('theft-from-the-person', 'robbery', 'shoplifting', 'bicycle-theft', 'criminal-damage-arson',
                'possession-of-weapons', 'public-order', 'burglary');

INSERT INTO crime_category (code, name, home_office_group, counts_towards_total, parent_code, domestic_abuse_related, description) VALUES
 ('all-crime', 'All recorded crime', true, false, null, false, 'Total police recorded crime; when a source gives it, shares of all crime use it'),
 ('violence-against-the-person', 'Violence against the person', true, false, null, false, null),
 ('violence-with-injury', 'Violence with injury', true, false, 'violence-against-the-person', false, null),
 ('violence-without-injury', 'Violence without injury', true, false, 'violence-against-the-person', false, null),
 ('stalking-and-harassment', 'Stalking and harassment', true, false, 'violence-against-the-person', false, null),
 ('death-or-serious-injury-unlawful-driving', 'Death or serious injury caused by unlawful driving', true, false, 'violence-against-the-person', false, null),
 ('homicide', 'Homicide', true, false, 'violence-against-the-person', false, null),
 ('most-serious-violence', 'Most serious violence', true, false, null, false, 'Homicide, attempted murder, GBH with intent and other serious wounding'),
 ('sexual-offences', 'Sexual offences (all)', true, false, null, false, null),
 ('rape', 'Rape', true, false, 'sexual-offences', false, null),
 ('other-sexual-offences', 'Other sexual offences', true, false, 'sexual-offences', false, null),
 ('drug-possession', 'Drugs (possession)', true, false, null, false, null),
 ('drug-trafficking', 'Drugs (trafficking)', true, false, null, false, null),
 ('domestic-abuse', 'Domestic abuse related crime', true, false, null, true, 'Crimes flagged as domestic-abuse related; a flag across categories, not an additional category of crime');

INSERT INTO category_mapping (category_code, maps_to_code) VALUES
 ('violence-against-the-person', 'violent-crime'),
 ('violence-with-injury', 'violent-crime'),
 ('violence-without-injury', 'violent-crime'),
 ('stalking-and-harassment', 'violent-crime'),
 ('death-or-serious-injury-unlawful-driving', 'violent-crime'),
 ('homicide', 'violent-crime'),
 ('most-serious-violence', 'violent-crime'),
 ('sexual-offences', 'violent-crime'),
 ('rape', 'violent-crime'),
 ('other-sexual-offences', 'violent-crime'),
 ('drug-possession', 'drugs'),
 ('drug-trafficking', 'drugs');
