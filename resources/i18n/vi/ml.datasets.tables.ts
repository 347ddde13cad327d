<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.tables</name>
    <message>
        <source>Your table {file}: {rows} rows, {cols} input columns after one-hot coding, predicting {target!r} ({task}).</source>
        <translation>Bảng của bạn {file}: {rows} hàng, {cols} cột đầu vào sau mã hóa one-hot, dự đoán {target!r} ({task}).</translation>
    </message>
    <message>
        <source>Your table (CSV)</source>
        <translation>Bảng của bạn (CSV)</translation>
    </message>
    <message>
        <source>A table from a spreadsheet saved as CSV, one example per row, with a header row. Choose the column to predict; text columns are one-hot coded.</source>
        <translation>Một bảng tính lưu dưới dạng CSV, mỗi hàng một mẫu dữ liệu, có một hàng tiêu đề. Hãy chọn cột cần dự đoán; các cột chữ được mã hóa one-hot.</translation>
    </message>
    <message>
        <source>The .csv file.</source>
        <translation>Tệp .csv.</translation>
    </message>
    <message>
        <source>The column to predict (empty = the last one).</source>
        <translation>Cột cần dự đoán (để trống = cột cuối cùng).</translation>
    </message>
    <message>
        <source>auto guesses from the target column.</source>
        <translation>auto đoán từ cột đích.</translation>
    </message>
    <message>
        <source>Columns to leave out, separated by commas.</source>
        <translation>Các cột bỏ ra ngoài, cách nhau bằng dấu phẩy.</translation>
    </message>
</context>
</TS>
