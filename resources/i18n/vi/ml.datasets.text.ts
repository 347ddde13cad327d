<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.text</name>
    <message>
        <source>Folk tunes in ABC notation, written by rule from a seed (deskdl.core.abc_corpus): reels, jigs, slip jigs, waltzes and polkas in major, minor, dorian and mixolydian keys, each with its headers (X number, T title, M metre, L note length, K key), two 8-bar parts played twice (|: :|, first and second endings) and bars whose note lengths add up to the metre. A character model learns to write new tunes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences of random digits 0-9; the answer is one digit per place: the sequence read backwards (reverse) or in increasing order (sort). To reverse, answer place i must look at input place 9 - i: an attention head that learns this shows an anti-diagonal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each example is this many characters of the text; the answer is the character after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character numbers, not scaled (the {n} characters of the text are 0 to {last}); feed them to an Embedding layer with input_dim {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text, read as UTF-8: the model learns which character comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits as token numbers 0-9, not scaled; feed them to an Embedding layer with input_dim 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window starts every this many characters (1 = every character; 3 gives a third as many examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the text, at its end, kept aside as the test part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
CHARS = []  # filled by load_data(): character number i is CHARS[i]


def text_windows(text, seq_len, step, test_fraction):
    &quot;&quot;&quot;The characters (sorted) and next-character windows; the test part is the end of the text.&quot;&quot;&quot;
    chars = sorted(set(text))
    index = {c: i for i, c in enumerate(chars)}
    ids = np.array([index[c] for c in text], dtype=&quot;int64&quot;)
    cut = int(len(ids) * (1.0 - test_fraction))

    def cut_windows(part):
        starts = np.arange(0, len(part) - seq_len, step)
        x = part[starts[:, None] + np.arange(seq_len)[None, :]]
        return x.astype(&quot;float32&quot;), part[starts + seq_len]

    return chars, cut_windows(ids[:cut]), cut_windows(ids[cut:])
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folk tunes in ABC (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tunes to write (about 240 characters each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed writes the same tunes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse or sort digits (generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse: the digits backwards; sort: in increasing order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sequences in all (train + test).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in each sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text (.txt, .abc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 text file of your own (a book, poems, songs in ABC): a character model learns which character comes next in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UTF-8 .txt or .abc file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
