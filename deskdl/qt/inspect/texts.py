"""Every sentence the Inspect tab's model views show, in one place (DESIGN.md §7)."""

from __future__ import annotations

from deskdl.core.i18n import N_, translator

_ = translator("qt.inspect.texts")


def shown(text: str) -> str:
    """One of this module's texts (marked with ``N_``) in the chosen language."""
    return _(text)

NO_MODEL = N_("There is no trained model yet. Train one on the Train tab, then come back to look inside it.")
GO_TO_TRAIN = N_("Go to Train")
NO_CONV = N_("This model has no convolution layers, so there are no filters or feature maps to show.")
NO_DENSE = N_("This model has no Dense layers.")
NOT_2D = (N_("Neuron pictures need a model with exactly two inputs (the 2-D Playground data sets such as "
          "spiral or circles)."))
NO_IMAGES = (N_("This view needs a model whose input is a picture or a sequence; for 2-D points see the "
             "Neurons tab."))
WORKING = N_("Working…")
WAITING = N_("Waiting for the training run to finish (the model is busy learning)…")
NO_LAB = N_("The convolution lab is not available in this version.")

FILTERS = (N_("Each square is one filter (kernel) a Conv layer has learned: it slides over its input and "
           "answers strongly where the input looks like it. Red = positive weight, blue = negative, "
           "white = 0; the colour bar is the same for every epoch, so you can scrub the slider to watch "
           "the filters grow out of random noise during training."))
FILTERS_PER_CHANNEL = N_("one row per filter, one column per input channel")
FILTERS_MEAN = N_("each filter averaged over its input channels")

FEATURE_MAPS = (N_("Feed one picture through the network and look at what each layer makes of it, left to "
                "right. Each small square is one channel (one filter's answer): bright = the filter found "
                "its pattern there. Pooling layers shrink the maps; the bars on the right are the model's "
                "final answer."))

EXCITE = (N_("Which picture makes a filter (or a class) answer most strongly? Starting from faint noise, the "
          "picture is changed step by step in the direction that raises the answer (gradient ascent on "
          "the input, with a little blur so it stays smooth). Watch it converge: that pattern is what the "
          "unit is looking for."))

SALIENCY = (N_("Which pixels matter for the model's answer? For every input value we measure how much a tiny "
            "change would change the class score (the size of the gradient of the score with respect to "
            "the input). Bright = the answer is sensitive to that pixel. The overlay puts it on the picture "
            "in red."))
SALIENCY_LOGIT = N_("Score: the class's logit (the value before softmax, which does not saturate).")
SALIENCY_OUTPUT = (N_("Score: the model's output for that class (its probability, when the model ends in a "
                   "softmax)."))

DENSE = (N_("A Dense layer's weights as a picture: one row per input, one column per unit (red positive, "
         "blue negative). Below, how the weights and the layer's outputs are spread, epoch by epoch "
         "(darker = more values in that bin). Outputs that shrink towards zero layer after layer, or grow "
         "to the edges, are a warning sign: the gradients that train the early layers then tend to "
         "vanish or explode too (the words name the gradients); a dead ReLU unit outputs 0 for every "
         "example and no longer learns. Try a different initialisation or learning rate and compare."))
DENSE_NO_SNAPSHOTS = (N_("Only the final model is shown: histograms over epochs are recorded while the "
                         "Inspect "
                      "snapshots are on during training."))

NEURONS = (N_("What each hidden neuron responds to, over the whole 2-D plane (like TensorFlow Playground). "
           "Red = the neuron's output is high, blue = low or negative. The first layer can only draw "
           "straight edges; later layers combine them into curves."))

__all__ = [n for n in dir() if n.isupper()]
