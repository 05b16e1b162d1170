"""Values hidden in the trap documents of the anonymization tests."""

from pathlib import Path

NAME = "Bérénice Castagnier"
EMAIL = "berenice.castagnier@example.fr"
PHONE = "06 12 34 56 78"
SECRET_COMMENT = "Jacqueline Moreau-Vasseur"
DELETED = "Hortense Delacroix-Bémont"
HIDDEN = "Sidonie Fauchelevent"
AUTHOR = "Gaspard Thénardier"

REALDOCS = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs"
