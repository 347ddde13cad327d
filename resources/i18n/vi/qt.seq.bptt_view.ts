<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.bptt_view</name>
    <message>
        <source>Gradients through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleRNN + clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5: small (gradients vanish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.0: orthogonal, Keras&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.0: large (gradients explode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; Each network reads a sequence one token at a time and must say, at the end, which token came &lt;i&gt;first&lt;/i&gt;. Training moves each weight by how much the loss would change: the gradient. For the state h&lt;sub&gt;t&lt;/sub&gt; at step t the chain rule gets it by walking back from the end, one step at a time (backpropagation through time), multiplying by the same kind of factor at every step (for a SimpleRNN: the recurrent weights times the slope of tanh). Many factors below 1 make the gradient &lt;b&gt;vanish&lt;/b&gt;: the left plot falls towards step 1, and what the first token should teach barely arrives (now and then a SimpleRNN finds it anyway; mostly it stays at guessing). Factors above 1 make it &lt;b&gt;explode&lt;/b&gt;: huge gradients and wild steps.&lt;br&gt;&lt;b&gt;Clipping&lt;/b&gt; (the optimizer&apos;s clipnorm) shortens a gradient that is too long before the step, so an explosion cannot throw the weights away; it does nothing for a gradient that vanished.&lt;br&gt;&lt;b&gt;An LSTM&lt;/b&gt; keeps a cell state that passes from step to step through its forget gate, a multiplication by a number it learns to keep near 1, so the gradient can travel back along it: before training (dashed) far more of it reaches step 1 than in the SimpleRNN, and that is what lets it learn the first token. Once a network has learnt, its loss is near 0 and every gradient is small. (Its forget gate starts nearly open here, bias 3, keeping 95% of the cell state a step; with Keras&apos;s default of 1 it keeps 73%, and 0.73&lt;sup&gt;50&lt;/sup&gt; is about 10&lt;sup&gt;-7&lt;/sup&gt;, so it would start with a vanished gradient too.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run: three networks learn the same task, one after the other (each takes some seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens each sequence has: how far back the first token lies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SimpleRNN&apos;s recurrent weights start as an orthogonal matrix times this number (the LSTM keeps Keras&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps (batches of 32 sequences) for each network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleRNN recurrent weight scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates per network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient reaching each step: ||dL/dh&lt;sub&gt;t&lt;/sub&gt;||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t (1 = the token to remember)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keras thread is not running yet: open this again once the app has loaded TensorFlow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Dashed: before training; solid: after. Press Run to train again (try another weight scale or more steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the {network} ({done} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {network} could not train: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{network}&lt;/b&gt;: {accuracy:.0%} of new sequences right (guessing: {chance:.0%}); step 1 gets {first}, the last step {last} (before training {first_before} and {last_before}); longest weight gradient {biggest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
