<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.experiments.parallel</name>
    <message>
        <source>One vertical axis per setting and score, one line per run; the thick orange line is the best run. Axes marked (log) are on a log scale.</source>
        <translation>Mỗi thiết lập và mỗi điểm số có một trục dọc, mỗi lần chạy là một đường; đường cam đậm là lần chạy tốt nhất. Các trục có ghi (log) dùng thang logarit.</translation>
    </message>
    <message>
        <source>{name} (log)</source>
        <translation>{name} (log)</translation>
    </message>
</context>
</TS>
