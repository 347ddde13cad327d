<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.tables</name>
    <message>
        <source>Your table {file}: {rows} rows, {cols} input columns after one-hot coding, predicting {target!r} ({task}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table from a spreadsheet saved as CSV, one example per row, with a header row. Choose the column to predict; text columns are one-hot coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to predict (empty = the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto guesses from the target column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to leave out, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
