"""Extraction quality next to the data: when GOLD_DIR is set, the published
warehouse is scored against the gold annotations there, by the shared
scorer (`score.py`, beside the gold folder unless SCORER_PATH says otherwise)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import dagster as dg

from dagster_project.defs.publish import published_warehouse
from dagster_project.defs.resources import WarehouseResource

# F1 bars of the extraction issue; a build below any of them fails the check.
MIN_F1 = {"stories": 0.97, "funds": 0.98, "beneficiaries": 0.95, "campaigns": 0.90}


def gold_score_check(gold_dir: Path, scorer: Path) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=published_warehouse,
        name="gold_score",
        description=f"Precision / recall / F1 of the extraction against the gold files in {gold_dir}.",
    )
    def gold_score(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with tempfile.TemporaryDirectory() as tmp:
            report_path = Path(tmp) / "score.json"
            run = subprocess.run(
                [sys.executable, str(scorer), "--warehouse", str(warehouse.published),
                 "--gold", str(gold_dir), "--json", str(report_path)],
                capture_output=True, text=True, check=False,
            )
            if not report_path.exists():
                return dg.AssetCheckResult(passed=False, metadata={"error": run.stderr[-2000:]})
            report = json.loads(report_path.read_text())
        short = {k: report[k]["f1"] for k, bar in MIN_F1.items() if report[k]["f1"] < bar}
        return dg.AssetCheckResult(
            passed=not short,
            metadata={
                "scores": dg.MetadataValue.md(f"```\n{run.stdout}\n```"),
                **{f"{k}_f1": report[k]["f1"] for k in MIN_F1},
                "below_bar": dg.MetadataValue.json(short),
            },
        )

    return gold_score
