"""Energy estimate of a summary, per output token and per model class.

Method (stated in every audit): EcoLogits, "Environmental Impacts of LLM Inference", methodology
v1.0 (GenAI Impact, https://ecologits.ai/latest/methodology/llm_inference/):

* GPU energy per output token  = α·P_active + β, α = 8.91e-5 Wh/B-param, β = 1.43e-3 Wh
  (linear fit on the Hugging Face LLM-Perf leaderboard, A100 80 GB);
* generation latency per token = A·P_active + B, A = 8.02e-4 s, B = 2.23e-2 s;
* server without GPUs: 1 kW shared by 8 installed GPUs, pro rata of the GPUs the model needs;
* GPUs needed = ceil(1.2 · P_total · bits/8 / 80 GB), quantized weights (4 bits) as in production;
* PUE 1.2. Input tokens are not counted by that method (they are reported, not converted).

The parameter counts of a class are our assumptions (set ``total_params_b`` / ``active_params_b``
in the connection extra for the real model). The method assumes batch size 1 and gives an
upper-range figure: measured fleet averages are lower (e.g. Google, Aug. 2025: 0.24 Wh per median
Gemini text prompt). The embedded extractive summarizer is costed by its CPU time at 15 W per core
(our assumption, a typical server core share), a few mWh per thousand documents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SOURCE = (
    "EcoLogits LLM inference methodology v1.0 (GenAI Impact), "
    "https://ecologits.ai/latest/methodology/llm_inference/"
)
ALPHA_WH, BETA_WH = 8.91e-5, 1.43e-3
LATENCY_A_S, LATENCY_B_S = 8.02e-4, 2.23e-2
SERVER_W_WITHOUT_GPU, GPUS_INSTALLED, GPU_MEMORY_GB, MEMORY_OVERHEAD, PUE = 1000.0, 8, 80.0, 1.2, 1.2
CPU_WATTS_PER_CORE = 15.0


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str
    total_params_b: float
    active_params_b: float
    bits: int = 4
    examples: str = ""

    @property
    def gpus(self) -> int:
        return max(1, math.ceil(MEMORY_OVERHEAD * self.total_params_b * self.bits / 8 / GPU_MEMORY_GB))

    def wh_per_output_token(self) -> float:
        gpu = (ALPHA_WH * self.active_params_b + BETA_WH) * self.gpus
        latency_s = LATENCY_A_S * self.active_params_b + LATENCY_B_S
        server = latency_s * SERVER_W_WITHOUT_GPU * self.gpus / GPUS_INSTALLED / 3600.0
        return PUE * (gpu + server)


CLASSES: dict[str, ModelClass] = {
    "small": ModelClass("small", 8, 8, examples="8B dense (e.g. Llama 3.1 8B)"),
    "medium": ModelClass("medium", 70, 70, examples="70B dense (e.g. Llama 3.3 70B)"),
    "large": ModelClass(
        "large", 400, 100, examples="undisclosed frontier model, assumed 400B MoE, 100B active"
    ),
}
DEFAULT_CLASS = "large"  # unknown model: assume the costly case


def model_class(
    name: str, total_params_b: float | None = None, active_params_b: float | None = None
) -> ModelClass:
    if total_params_b:
        return ModelClass(name or "custom", float(total_params_b), float(active_params_b or total_params_b))
    return CLASSES.get(name, CLASSES[DEFAULT_CLASS])


def estimate_wh(completion_tokens: int, cls: ModelClass | None = None, cpu_seconds: float = 0.0) -> float:
    """Energy of one summary: generated tokens through ``cls``, or local CPU time."""
    wh = cpu_seconds * CPU_WATTS_PER_CORE / 3600.0
    if cls is not None and completion_tokens:
        wh += completion_tokens * cls.wh_per_output_token()
    return wh


def method_description() -> dict[str, object]:
    """The figures behind the estimate, for the audit file."""
    return {
        "source": SOURCE,
        "unit": "Wh",
        "counted": "output tokens (input tokens reported, not converted); CPU time for local summaries",
        "cpu_watts_per_core": CPU_WATTS_PER_CORE,
        "classes": {
            c.name: {
                "total_params_b": c.total_params_b,
                "active_params_b": c.active_params_b,
                "bits": c.bits,
                "gpus": c.gpus,
                "wh_per_1k_output_tokens": round(1000 * c.wh_per_output_token(), 3),
                "examples": c.examples,
            }
            for c in CLASSES.values()
        },
    }
