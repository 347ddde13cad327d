"""Every piece of learner-facing text of the Train tab, in one place (DESIGN.md §7)."""

from __future__ import annotations

from deskdl.core.i18n import N_, translator

_ = translator("qt.train.texts")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)


TIPS = {
    "optimizer": (
        N_("How the network changes its weights after each batch.\n"
        "Adam is a good first choice. SGD is the plain method: step downhill by the "
        "learning rate times the slope. The others adapt the step size per weight.")
    ),
    "learning_rate": (
        N_("How big a step the optimizer takes each batch.\n"
        "Too big: the loss jumps around or becomes NaN. Too small: learning crawls.\n"
        "Typical: 0.001 for Adam, 0.01 for SGD. A new project starts Adam at 0.01, ten times the "
        "usual, because its small 2-D data sets learn in seconds with the bigger step; for images "
        "or text, or when the loss jumps around, use 0.001.")
    ),
    "momentum": (
        N_("SGD and RMSprop: keep part of the previous step, like a ball rolling downhill.\n"
        "0 = none, 0.9 is common. Helps through flat or bumpy regions.")
    ),
    "nesterov": N_("SGD with momentum: look ahead along the momentum before measuring the slope. "
                "Often a little faster."),
    "rho": N_("How quickly the optimizer forgets old gradient sizes (close to 1 = long memory)."),
    "beta_1": N_("Adam's memory of past gradient directions (0.9 is standard)."),
    "beta_2": N_("Adam's memory of past gradient sizes (0.999 is standard)."),
    "weight_decay": N_("AdamW: gently pulls every weight towards 0 each step, which fights overfitting."),
    "schedule": (
        N_("Change the learning rate while training.\n"
        "constant: never changes. exponential: shrinks a little every step.\n"
        "cosine: glides smoothly down to 0 by the last epoch. step: halves it every few epochs.")
    ),
    "loss": (
        N_("The number the network tries to make small.\n"
        "sparse categorical crossentropy: classes given as whole numbers (0, 1, 2...).\n"
        "categorical crossentropy: classes given as one-hot vectors.\n"
        "binary crossentropy: yes/no answers with one sigmoid output.\n"
        "mean squared / absolute error, huber: predicting numbers (regression).")
    ),
    "metrics": N_("Extra numbers to watch. They do not change training; accuracy = share of right answers."),
    "batch_size": (
        N_("How many examples the network looks at before each weight update.\n"
        "Small batches: noisy but frequent steps. Large batches: smooth steps, more memory.")
    ),
    "epochs": N_("How many times training goes through the whole training set."),
    "validation_split": (
        N_("Share of the training data kept aside and never trained on.\n"
        "The validation curves show how well the network does on data it has not seen: "
        "when the validation loss rises while the training loss keeps falling, it is overfitting "
        "(accuracy shows it the other way round: validation accuracy stalls or falls while "
        "training accuracy keeps rising).")
    ),
    "seed": N_("Fixes the random start (weights, shuffling) so a run can be repeated exactly. "
            "Untick for a different start every time."),
    "clipnorm": N_("Before the optimizer uses them, the gradients of each weight (each kernel, each bias) "
                "are scaled down so that their norm (length) is at most this number; each weight is "
                "clipped on its own. Helps when the loss explodes to huge values or NaN."),
    "clipvalue": N_("Caps every single gradient value to ±this number. A blunter tool than clipnorm."),
    "early_stopping": N_("Stop by itself when the validation loss has not improved for a while. With no "
                      "validation share it watches the training loss instead, which does not guard "
                      "against overfitting."),
    "patience": N_("How many epochs without improvement to wait before stopping."),
    "restore_best": N_("At the end, go back to the weights of the best epoch rather than the last one."),
    "class_weight": N_("Weigh each training example's loss by how rare its class is (n / (classes x count), "
                    "Keras's class_weight): a mistake on a rare class then costs as much in total as one on "
                    "a common class. For data where one class is much rarer than another."),
    "start": N_("Train the model on the Build tab with these settings (F5)."),
    "pause": N_("Pause after the current batch; resume whenever you like."),
    "stop": N_("Stop after the current batch. The weights learned so far are kept."),
    "step": N_("Train on exactly one batch, then pause: watch a single update happen."),
    "step_agent": N_("Let the agent act once in its environment (and learn from it), or play one whole "
                  "episode, as the box beside says; then pause: watch a single decision happen."),
    "step_unit": N_("What one press of Step runs before pausing again: one environment step (the agent acts "
                 "once and may learn from it), or one whole episode (from the start of a game to its end)."),
    "continue": N_("Start from the weights the newest trained model ended with, instead of fresh random "
                "ones: train it further. The model's layers must not have changed since."),
}

LEGEND = (
    N_("<span style='color:#555'>"
    "<b>—</b>&nbsp;training, per&nbsp;epoch &nbsp;&nbsp; "
    "<b>- - -</b>&nbsp;validation, per&nbsp;epoch &nbsp;&nbsp; "
    "<span style='color:#aaa'><b>—</b></span>&nbsp;training, per&nbsp;batch "
    "(the&nbsp;epoch's running&nbsp;mean)</span>")
)

#: The legend for kinds without a validation share (a GAN: per epoch and per batch).
LEGEND_NO_VALIDATION = (
    N_("<span style='color:#555'>"
    "<b>—</b>&nbsp;per&nbsp;epoch &nbsp;&nbsp; "
    "<span style='color:#aaa'><b>—</b></span>&nbsp;per&nbsp;batch "
    "(the&nbsp;epoch's running&nbsp;mean)</span>")
)
#: The legend for an agent: one value per episode.
LEGEND_EPISODES = N_("<span style='color:#555'><b>—</b>&nbsp;one value per&nbsp;episode</span>")

NAN_EXPLANATION = (
    N_("The loss became NaN (not a number) in epoch {epoch}. Usually the weights or outputs grew so "
    "large that the arithmetic overflowed (a log or division of zero can also cause it), and the "
    "network cannot recover from that.\n"
    "Usual fixes: lower the learning rate (try ten times smaller), turn on gradient clipping "
    "(clipnorm 1.0), or scale the inputs to small numbers.")
)
EXPLODING_EXPLANATION = (
    N_("The loss is exploding (it grew over a thousand times its starting value). "
    "The learning rate is probably too large: try ten times smaller, or turn on clipnorm.")
)
NO_TF = N_("TensorFlow is still loading… Start becomes available in a moment.")
NOT_READY = N_("Build a model on the Build tab first.")
#: The progress bar before any run of the open project.
READY = N_("Ready: press Start (F5)")
