"""The configurable rules, parsed from the versioned files in resources/rules (domain.md: rules are data)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.model import Competency, Level, Purpose


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    label_en: str
    min_jpm: float


@dataclass(frozen=True)
class JpmSettings:
    cap_at_100: bool = True
    cap_each_at_standard: bool = False
    decimals: int = 2
    categorise_on: str = "rounded"  # "rounded": the printed value decides; "exact": the fraction does


@dataclass(frozen=True)
class Rules:
    """Scoring rules of one session. A session pins its copy, so later edits never re-score it."""

    version: str
    rating_min: int
    rating_max: int
    rating_step: float
    consensus_method: str
    consensus_rounding: str
    jpm: JpmSettings
    categories: dict[str, tuple[Category, ...]]  # purpose -> highest threshold first
    strengths_min_gap: int
    development_max_gap: int
    min_simulations_per_competency: int
    validity_years: int
    divergence_spread: int = 2
    placement_advice: dict[str, str] | None = None  # category code -> text (pemetaan)
    training: tuple[dict, ...] = ()
    raw: dict | None = None  # the files as read, for pinning into a session and a bundle

    def scheme(self, purpose: Purpose | str) -> tuple[Category, ...]:
        try:
            return self.categories[Purpose(purpose).value]
        except (KeyError, ValueError):
            raise ValidationError(f"tidak ada skema kategori untuk tujuan '{purpose}'") from None


def rules_from_dict(rules: dict, training: dict | None = None) -> Rules:
    """Build Rules from the content of rules.json (and training.json); errors name the bad key."""
    try:
        cats = {
            purpose: tuple(
                sorted(
                    (Category(c["code"], c["label"], c.get("label_en", c["label"]), float(c["min_jpm"]))
                     for c in items),
                    key=lambda c: -c.min_jpm,
                )
            )
            for purpose, items in rules["category_schemes"].items()
        }
        j = rules.get("jpm", {})
        return Rules(
            version=str(rules["version"]),
            rating_min=int(rules["rating"]["min"]),
            rating_max=int(rules["rating"]["max"]),
            rating_step=float(rules["rating"].get("step", 1)),
            consensus_method=rules["consensus"]["method"],
            consensus_rounding=rules["consensus"]["rounding"],
            jpm=JpmSettings(
                cap_at_100=bool(j.get("cap_at_100", True)),
                cap_each_at_standard=bool(j.get("cap_each_at_standard", False)),
                decimals=int(j.get("decimals", 2)),
                categorise_on=j.get("categorise_on", "rounded"),
            ),
            categories=cats,
            strengths_min_gap=int(rules.get("strengths_min_gap", 1)),
            development_max_gap=int(rules.get("development_max_gap", -1)),
            min_simulations_per_competency=int(rules.get("min_simulations_per_competency", 2)),
            validity_years=int(rules.get("validity_years", 3)),
            divergence_spread=int(rules.get("divergence_spread", 2)),
            placement_advice=dict(rules.get("placement_advice", {})),
            training=tuple((training or {}).get("by_gap", ())),
            raw={"rules": rules, "training": training or {}},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"berkas aturan tidak lengkap atau salah: {exc}") from None


def competencies_from_dict(data: dict) -> tuple[Competency, ...]:
    """Build the competency dictionary from competencies.json (managerial, socio-cultural, technical)."""
    try:
        return tuple(
            Competency(
                code=c["code"],
                name=c["name"],
                name_en=c.get("name_en", c["name"]),
                kind=c.get("kind", "manajerial"),
                definition=c.get("definition", ""),
                levels=tuple(
                    Level(int(lv["level"]), lv["title"], tuple(lv.get("indicators", ())))
                    for lv in c.get("levels", ())
                ),
            )
            for c in [*data["competencies"], *data.get("teknis", [])]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"kamus kompetensi tidak lengkap atau salah: {exc}") from None


def competency_aliases(data: dict) -> dict[str, str]:
    """Map every lower-cased name and alias to its code, to normalise spellings on import."""
    out: dict[str, str] = {}
    for c in [*data["competencies"], *data.get("teknis", [])]:
        for name in [c["code"], c["name"], *c.get("aliases", [])]:
            out[" ".join(name.lower().split())] = c["code"]
    return out
