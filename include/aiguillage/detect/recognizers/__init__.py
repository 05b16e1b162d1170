"""French recognizers, one small class per identifier or name pattern (Presidio style: PATTERNS,
CONTEXT and a docstring with the legal basis)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from aiguillage.detect.recognizers._base import FrNameRecognizerBase, FrPatternRecognizer
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.address_after_age import FrTownAfterAgeRecognizer
from aiguillage.detect.recognizers.address_block import FrAddressBlockRecognizer
from aiguillage.detect.recognizers.address_foreign_order import FrForeignOrderAddressRecognizer
from aiguillage.detect.recognizers.address_foreign_streets import FrForeignStreetAddressRecognizer
from aiguillage.detect.recognizers.address_japanese import FrJapaneseAddressRecognizer
from aiguillage.detect.recognizers.address_register import FrRegisterAddressRecognizer
from aiguillage.detect.recognizers.age import FrAgeRecognizer
from aiguillage.detect.recognizers.age_apposition import FrAgeApposedRecognizer
from aiguillage.detect.recognizers.age_described import FrDescribedAgeRecognizer
from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer
from aiguillage.detect.recognizers.age_told import FrToldAgeRecognizer
from aiguillage.detect.recognizers.aircraft import FrAircraftRegistrationRecognizer, FrPilotLicenceRecognizer
from aiguillage.detect.recognizers.birth_date import FrBirthDateRecognizer
from aiguillage.detect.recognizers.birth_date_elided import FrElidedBirthDateRecognizer
from aiguillage.detect.recognizers.birth_date_foreign import FrForeignShapeDateRecognizer
from aiguillage.detect.recognizers.birth_date_more import FrBirthDateMoreRecognizer
from aiguillage.detect.recognizers.birth_place import FrBirthPlaceRecognizer
from aiguillage.detect.recognizers.birth_place_division import FrBirthPlaceDivisionRecognizer
from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer
from aiguillage.detect.recognizers.caf import FrCafNumberRecognizer
from aiguillage.detect.recognizers.described_place import FrDescribedPlaceRecognizer
from aiguillage.detect.recognizers.driving_licence import FrDrivingLicenceRecognizer
from aiguillage.detect.recognizers.email import FrEmailRecognizer
from aiguillage.detect.recognizers.email_obfuscated import FrObfuscatedEmailRecognizer
from aiguillage.detect.recognizers.farm_company import FrFarmCompanyPlaceRecognizer
from aiguillage.detect.recognizers.foreign_prose import (
    FrEnglishAgeRecognizer,
    FrForeignRelativeNameRecognizer,
    FrGermanNumberRecognizer,
)
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer
from aiguillage.detect.recognizers.form_leaders import FrLeaderFieldRecognizer
from aiguillage.detect.recognizers.grouped_number import (
    FrGroupedNumberRecognizer,
    FrInsurancePolicyRecognizer,
)
from aiguillage.detect.recognizers.health_pro import FrHealthProIdRecognizer
from aiguillage.detect.recognizers.held_numbers import FrHeldNumberRecognizer
from aiguillage.detect.recognizers.iban import FrIbanRecognizer, FrMistypedIbanRecognizer
from aiguillage.detect.recognizers.id_card import FrIdCardRecognizer
from aiguillage.detect.recognizers.id_card_foreign import (
    FrForeignIdDocumentRecognizer,
    FrForeignPassportRecognizer,
)
from aiguillage.detect.recognizers.license_plate import FrLicensePlateRecognizer
from aiguillage.detect.recognizers.license_plate_after_vehicle import FrPlateAfterVehicleRecognizer
from aiguillage.detect.recognizers.license_plate_country_code import FrPlateAfterCountryCodeRecognizer
from aiguillage.detect.recognizers.license_plate_dept_first import FrDeptFirstPlateRecognizer
from aiguillage.detect.recognizers.named_place import FrNamedPlaceRecognizer
from aiguillage.detect.recognizers.nir import FrNirRecognizer
from aiguillage.detect.recognizers.passport import FrPassportRecognizer
from aiguillage.detect.recognizers.person_acronym import FrNameAcronymRecognizer
from aiguillage.detect.recognizers.person_alias import FrAliasRecognizer
from aiguillage.detect.recognizers.person_author import FrPostAuthorRecognizer
from aiguillage.detect.recognizers.person_civility import FrCivilityNameRecognizer
from aiguillage.detect.recognizers.person_cjk import FrCjkNameRecognizer
from aiguillage.detect.recognizers.person_couple import FrFirstNameCoupleRecognizer
from aiguillage.detect.recognizers.person_family import FrFamilyNameRecognizer
from aiguillage.detect.recognizers.person_first_name import FrLoneFirstNameRecognizer
from aiguillage.detect.recognizers.person_household import FrHouseholdMemberRecognizer
from aiguillage.detect.recognizers.person_in_name_of import FrInTheNameOfRecognizer
from aiguillage.detect.recognizers.person_initial_surname import FrInitialSurnameRecognizer
from aiguillage.detect.recognizers.person_initials import FrInitialsRecognizer
from aiguillage.detect.recognizers.person_kin import FrChildNameRecognizer, FrKinTitleNameRecognizer
from aiguillage.detect.recognizers.person_lowercase import FrLowercaseNameRecognizer
from aiguillage.detect.recognizers.person_mail_header import FrMailHeaderNameRecognizer
from aiguillage.detect.recognizers.person_marked import FrMarkedNameRecognizer
from aiguillage.detect.recognizers.person_native_script import FrNativeScriptNameRecognizer
from aiguillage.detect.recognizers.person_nickname import FrNicknameRecognizer
from aiguillage.detect.recognizers.person_owner import FrOwnerInBracketsRecognizer
from aiguillage.detect.recognizers.person_plural_kin import FrPluralKinNameRecognizer
from aiguillage.detect.recognizers.person_register import FrRegisterEntryNameRecognizer
from aiguillage.detect.recognizers.person_signature import FrSignatureNameRecognizer
from aiguillage.detect.recognizers.person_signature_column import FrSignatureColumnNameRecognizer
from aiguillage.detect.recognizers.person_standing import FrStandingNameRecognizer
from aiguillage.detect.recognizers.person_table import FrTableNameRecognizer
from aiguillage.detect.recognizers.person_trade_name import FrTradeNameRecognizer
from aiguillage.detect.recognizers.person_uppercase import FrUppercaseNameRecognizer
from aiguillage.detect.recognizers.person_wide_letters import FrWideLetterNameRecognizer
from aiguillage.detect.recognizers.phone import FrPhoneRecognizer
from aiguillage.detect.recognizers.phone_any_grouping import FrPhoneAnyGroupingRecognizer
from aiguillage.detect.recognizers.phone_intl import IntlPhoneRecognizer
from aiguillage.detect.recognizers.phone_noisy import FrPhoneNoisyRecognizer
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer
from aiguillage.detect.recognizers.quasi_identifier import FrUniqueRoleRecognizer
from aiguillage.detect.recognizers.record_age import FrRecordAgeRecognizer
from aiguillage.detect.recognizers.record_date import FrRecordDateRecognizer
from aiguillage.detect.recognizers.record_place import FrRecordPlaceRecognizer
from aiguillage.detect.recognizers.reference import FrPersonalReferenceRecognizer
from aiguillage.detect.recognizers.reference_held_codes import FrHeldCodeRecognizer
from aiguillage.detect.recognizers.reference_numbered import FrNumberedReferenceRecognizer
from aiguillage.detect.recognizers.siren import FrSirenRecognizer
from aiguillage.detect.recognizers.siret import FrSiretRecognizer
from aiguillage.detect.recognizers.siret_labelled import FrLabelledSiretRecognizer
from aiguillage.detect.recognizers.social_profile import FrSocialProfileRecognizer
from aiguillage.detect.recognizers.spoken_place import FrSpokenPlaceRecognizer
from aiguillage.detect.recognizers.tax_id import FrTaxIdRecognizer
from aiguillage.detect.recognizers.utility_fields import FrUtilityFieldRecognizer
from aiguillage.detect.recognizers.vat import EuVatRecognizer
from aiguillage.detect.recognizers.vin import FrVehicleIdentificationNumberRecognizer

RecognizerClass = (type[FrPatternRecognizer] | type[FrNameRecognizerBase] | type[FrEmailRecognizer]
                   | type[FrFormFieldRecognizer] | type[IntlPhoneRecognizer]
                   | type[FrPersonalReferenceRecognizer] | type[FrHeldNumberRecognizer]
                   | type[FrAgeApposedRecognizer] | type[FrLeaderFieldRecognizer]
                   | type[FrHeldCodeRecognizer] | type[FrUtilityFieldRecognizer])

RECOGNIZER_CLASSES: tuple[RecognizerClass, ...] = (
    FrNirRecognizer, FrIbanRecognizer, FrSirenRecognizer, FrSiretRecognizer, FrTaxIdRecognizer,
    EuVatRecognizer,
    FrPhoneRecognizer, FrEmailRecognizer, FrBirthDateRecognizer, FrAddressRecognizer, FrPassportRecognizer,
    FrIdCardRecognizer, FrDrivingLicenceRecognizer, FrLicensePlateRecognizer, FrHealthProIdRecognizer,
    FrCafNumberRecognizer, FrCivilityNameRecognizer, FrUppercaseNameRecognizer, FrTableNameRecognizer,
    FrSignatureNameRecognizer, FrPublicOfficialRecognizer, FrFormFieldRecognizer, FrBirthPlaceRecognizer,
    FrObfuscatedEmailRecognizer, IntlPhoneRecognizer, FrCadastreRecognizer,
    FrPersonalReferenceRecognizer, FrAgeRecognizer, FrInitialsRecognizer, FrFamilyNameRecognizer,
    FrLowercaseNameRecognizer, FrNicknameRecognizer, FrRecordPlaceRecognizer, FrAliasRecognizer,
    FrRecordAgeRecognizer, FrLabelledSiretRecognizer, FrElidedBirthDateRecognizer,
    FrSpokenPlaceRecognizer, FrDeptFirstPlateRecognizer,
    FrForeignOrderAddressRecognizer, FrPhoneAnyGroupingRecognizer,
    FrNumberedReferenceRecognizer, FrUniqueRoleRecognizer,
    FrBirthDateMoreRecognizer, FrRecordDateRecognizer,
    FrInitialSurnameRecognizer, FrNamedPlaceRecognizer, FrNameAcronymRecognizer,
    FrAgeMoreRecognizer, FrPlateAfterVehicleRecognizer, FrDescribedPlaceRecognizer,
    FrStandingNameRecognizer, FrPhoneNoisyRecognizer,
    FrCjkNameRecognizer, FrDescribedAgeRecognizer,
    FrForeignIdDocumentRecognizer, FrForeignPassportRecognizer,
    FrMailHeaderNameRecognizer,
    FrWideLetterNameRecognizer,
    FrLoneFirstNameRecognizer, FrKinTitleNameRecognizer, FrChildNameRecognizer, FrInTheNameOfRecognizer,
    FrTradeNameRecognizer, FrPostAuthorRecognizer,
    FrJapaneseAddressRecognizer, FrPlateAfterCountryCodeRecognizer, FrSocialProfileRecognizer,
    FrAddressBlockRecognizer, FrHeldNumberRecognizer, FrAgeApposedRecognizer,
    FrAircraftRegistrationRecognizer, FrPilotLicenceRecognizer, FrMistypedIbanRecognizer,
    FrMarkedNameRecognizer, FrRegisterAddressRecognizer, FrTownAfterAgeRecognizer,
    # the thirteenth session's (dev13: a prefecture's foreigners' service)
    FrLeaderFieldRecognizer, FrNativeScriptNameRecognizer, FrForeignShapeDateRecognizer,
    FrToldAgeRecognizer, FrRegisterEntryNameRecognizer,
    FrHeldCodeRecognizer, FrPluralKinNameRecognizer, FrForeignStreetAddressRecognizer,
    FrSignatureColumnNameRecognizer, FrBirthPlaceDivisionRecognizer,
    # the fourteenth session's (piifix17: a farming company's place)
    FrFarmCompanyPlaceRecognizer,
    # the fourteenth session's (dev14: a water, sanitation and waste utility, a local-taxes office)
    FrUtilityFieldRecognizer,
    # the fifteenth session's (dev15: a commune's family, school and leisure services)
    FrHouseholdMemberRecognizer,
    # the sixteenth session's (dev16: urbanism, land and farms)
    FrOwnerInBracketsRecognizer,
    # the seventeenth session's (dev17: a municipal police, road offences, a vehicle pound)
    FrForeignRelativeNameRecognizer, FrEnglishAgeRecognizer, FrGermanNumberRecognizer,
    FrGroupedNumberRecognizer, FrFirstNameCoupleRecognizer, FrVehicleIdentificationNumberRecognizer,
    FrInsurancePolicyRecognizer,
)


def french_recognizers() -> list[EntityRecognizer]:
    """One fresh instance of every French recognizer."""
    return [cls() for cls in RECOGNIZER_CLASSES]


__all__ = [c.__name__ for c in RECOGNIZER_CLASSES] + ["RECOGNIZER_CLASSES", "french_recognizers"]
