"""The names a lesson file may use for GUI things: controls, tabs and learner events.

A lesson locks, hides or highlights a control by its id, and checks what the
learner did by an event's name. The GUI (``deskdl.qt``) maps each control id to
its widget and reports each event; the core only knows the names, so that the
loader can tell a teacher at once that ``"trainig.batch_size"`` is not a control.

Add an id here when the GUI gains a control a lesson may want (and describe it:
the description is what ``resources/lessons/README.md`` lists for teachers).
"""

from __future__ import annotations

#: The stages (tabs) of the main window, as ``switch_tab`` names them.
TABS: tuple[str, ...] = ("Build", "Data", "Train", "Evaluate", "Inspect")

#: Control id -> what it is. Lock (greyed out), hide, or highlight these.
CONTROLS: dict[str, str] = {
    # the stages themselves
    "tab.build": "the Build tab",
    "tab.data": "the Data tab",
    "tab.train": "the Train tab",
    "tab.evaluate": "the Evaluate tab",
    "tab.inspect": "the Inspect tab",
    # Build
    "build.palette": "the layer palette (the list of layers to drag onto the canvas)",
    "build.canvas": "the model canvas",
    "build.properties": "the settings of the selected layer",
    "build.summary": "the model summary (output shapes and parameter counts)",
    "build.problems": "the Problems list",
    "build.code": "the Python code of the model (Build, bottom panel)",
    "build.project": "the Project panel: templates, recent projects, lessons (Build, left)",
    # Data
    "data.dataset": "the choice of data set",
    "data.settings": "the data set's settings (samples, noise, test share, ...)",
    "data.examples": "the examples of the data set shown on the Data tab",
    # Train
    "train.start": "the Start button (Train tab)",
    "train.stop": "the Stop button",
    "train.pause": "the Pause / Resume button",
    "train.step": "the Step button (one batch at a time)",
    "train.continue": "the Continue box (train on from the last model)",
    "train.settings": "the whole column of training settings",
    "train.optimizer": "the optimizer choice",
    "train.learning_rate": "the learning rate",
    "train.batch_size": "the batch size",
    "train.epochs": "the number of epochs",
    "train.loss": "the loss choice",
    "train.validation_split": "the validation share",
    "train.early_stopping": "the early stopping settings",
    "train.schedule": "the learning-rate schedule",
    "train.clipping": "gradient clipping (clipnorm, clipvalue)",
    "train.seed": "the random seed",
    "train.curves": "the loss and metric curves",
    "train.boundary": "the live decision boundary of 2-D data",
    "train.uncertainty": "the 'Show uncertainty (MC dropout)' box under the decision boundary",
    "train.runs": "the list of runs (to overlay and compare curves)",
    "train.algorithm": "the settings of the project's kind (an agent's, a GAN's, ...)",
    "train.sweep": "the Sweep button (train with many settings)",
    "train.compare": "the 'Compare ticked' button",
    "train.doctor": "the training doctor's findings",
    # Evaluate and Inspect
    "evaluate.drawing_pad": "the pad to draw a digit on",
    "evaluate.confusion": "the confusion matrix",
    "evaluate.evaluate": "the 'Evaluate again' button",
    "evaluate.save_model": "the 'Save trained model' button",
    "evaluate.mistakes": "the list of the model's mistakes on the test set",
    "evaluate.adversarial": "the Adversarial page: a test picture attacked by the fast gradient sign method, "
                            "its epsilon slider and the accuracy against epsilon",
    "inspect.filters": "the learned filters and feature maps",
    "inspect.histograms": "the weight and activation histograms",
    # sequence generation
    "generate.temperature": "the sampling temperature slider",
    "generate.write": "the Write button of a text model",
    # agents (reinforcement learning)
    "rl.watch": "the 'Watch the agent' button",
    "rl.play": "the 'Play it yourself' button",
}

#: Learner event name -> what the learner did. The GUI reports them; ``event`` checks count them.
EVENTS: dict[str, str] = {
    "tab_opened": "opened a tab (data: tab = its name)",
    "layer_selected": "selected a layer on the canvas (data: layer = its id)",
    "run_started": "started a training run",
    "run_finished": "a training run ended (data: status)",
    "run_stopped": "pressed Stop during a run",
    "runs_overlaid": "showed two or more runs' curves together",
    "dataset_changed": "picked another data set (data: dataset = its id)",
    "data_viewed": "looked at the data in the Data tab",
    "boundary_viewed": "looked at the decision boundary",
    "uncertainty_viewed": "looked at the model's uncertainty (MC dropout) painted over the plane",
    "plane_clicked": "clicked a spot of the 2-D plane to read the model's answer there (data: x, y)",
    "filter_excited": "pressed Run on the Inspect tab's 'What excites a filter' page",
    "evaluated": "ran the evaluation of the trained model on the test set",
    "digit_drawn": "drew a digit on the drawing pad and the model read it (data: label = the answer)",
    "filters_viewed": "looked at the learned filters in the Inspect tab",
    "temperature_changed": "moved the sampling temperature slider (data: value)",
    "text_generated": "generated text or a tune from a trained model",
    "agent_watched": "pressed 'Watch the agent' to see the trained agent play",
    "attention_read": ("clicked a row of an attention map to read which places it takes from "
                       "(data: query, top)"),
    "epsilon_changed": "moved the Adversarial page's epsilon slider (data: value)",
    "weights_listed": "opened File > Pretrained Weights, which lists the ImageNet weights on this computer",
    "adversarial_flipped": ("changed the model's right answer to a test picture into a wrong one with the "
                            "fast gradient sign attack (data: epsilon, label = the true class, answer = the "
                            "new one)"),
    "hint_shown": "asked for a hint",
}
