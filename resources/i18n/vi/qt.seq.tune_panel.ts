<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.tune_panel</name>
    <message>
        <source>No tune yet: write text that starts with X: (the generation panel&apos;s prime X: does).</source>
        <translation>Chưa có giai điệu nào: hãy viết văn bản bắt đầu bằng X: (đoạn mồi X: của bảng sinh văn bản làm vậy).</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>This tune</source>
        <translation>Giai điệu này</translation>
    </message>
    <message>
        <source>{head} parses ({metre} in {key})</source>
        <translation>{head} đọc được ({metre}, giọng {key})</translation>
    </message>
    <message>
        <source>{head} does not parse: {problem}</source>
        <translation>{head} không đọc được: {problem}</translation>
    </message>
    <message>
        <source>{first}; it has no bars.</source>
        <translation>{first}; nó không có ô nhịp nào.</translation>
    </message>
    <message>
        <source>{first}; {fitting} of its {bars} bars fit the metre ({share:.0%}).</source>
        <translation>{first}; {fitting} trên {bars} ô nhịp của nó khớp nhịp ({share:.0%}).</translation>
    </message>
    <message>
        <source>time (units of the L field)</source>
        <translation>thời gian (đơn vị của trường L)</translation>
    </message>
    <message>
        <source>pitch (MIDI)</source>
        <translation>cao độ (MIDI)</translation>
    </message>
    <message>
        <source>Save .abc and WAV…</source>
        <translation>Lưu .abc và WAV…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Opens the tune&apos;s WAV with your system&apos;s player</source>
        <translation>Mở tệp WAV của giai điệu bằng trình phát của hệ thống</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>{n} tune(s): {ok} parse; {fit} of {bars} bars fit the metre.</source>
        <translation>{n} giai điệu: {ok} đọc được; {fit} trên {bars} ô nhịp khớp nhịp.</translation>
    </message>
    <message>
        <source>{verdict} No player opened it; the WAV is at {path}.</source>
        <translation>{verdict} Không có trình phát nào mở nó; tệp WAV nằm ở {path}.</translation>
    </message>
    <message>
        <source>Save the tune</source>
        <translation>Lưu giai điệu</translation>
    </message>
    <message>
        <source>ABC tune (*.abc)</source>
        <translation>Giai điệu ABC (*.abc)</translation>
    </message>
    <message>
        <source>{verdict} Saved {abc} and {wav}.</source>
        <translation>{verdict} Đã lưu {abc} và {wav}.</translation>
    </message>
</context>
</TS>
