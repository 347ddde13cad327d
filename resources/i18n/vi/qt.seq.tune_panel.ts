<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.tune_panel</name>
    <message>
        <source>No tune yet: write text that starts with X: (the generation panel&apos;s prime X: does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} parses ({metre} in {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} does not parse: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; it has no bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {fitting} of its {bars} bars fit the metre ({share:.0%}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (units of the L field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitch (MIDI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .abc and WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the tune&apos;s WAV with your system&apos;s player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tune(s): {ok} parse; {fit} of {bars} bars fit the metre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} No player opened it; the WAV is at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC tune (*.abc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict} Saved {abc} and {wav}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
