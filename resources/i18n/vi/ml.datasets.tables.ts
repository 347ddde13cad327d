<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.tables</name>
    <message>
        <source>the target {name!r} holds text such as {bad!r}, so it cannot be predicted as a number</source>
        <translation>cột đích {name!r} chứa chữ, chẳng hạn {bad!r}, nên không thể dự đoán nó như một số</translation>
    </message>
    <message>
        <source>choose task &apos;classification&apos;, or a numeric target column</source>
        <translation>hãy chọn task &apos;classification&apos;, hoặc một cột đích chứa số</translation>
    </message>
    <message>
        <source>column {name!r} holds numbers, but this row has {bad!r}</source>
        <translation>cột {name!r} chứa số, nhưng hàng này có {bad!r}</translation>
    </message>
    <message>
        <source>fix or delete that cell (leave it empty if the value is unknown)</source>
        <translation>hãy sửa hoặc xóa ô đó (để trống nếu không biết giá trị)</translation>
    </message>
    <message>
        <source>column {name!r} holds {n} different texts; it looks like names or free text, which a network cannot read as categories</source>
        <translation>cột {name!r} chứa {n} đoạn chữ khác nhau; có vẻ đó là tên hoặc văn bản tự do, thứ mà mạng nơ-ron không đọc được như các loại (category)</translation>
    </message>
    <message>
        <source>ignore that column (ignore_columns=[{name!r}])</source>
        <translation>hãy bỏ qua cột đó (ignore_columns=[{name!r}])</translation>
    </message>
    <message>
        <source>no input columns are left besides the target {target!r}</source>
        <translation>không còn cột đầu vào nào ngoài cột đích {target!r}</translation>
    </message>
    <message>
        <source>add columns that describe each example</source>
        <translation>hãy thêm các cột mô tả từng mẫu dữ liệu</translation>
    </message>
    <message>
        <source>task must be auto, classification or regression, not {task!r}</source>
        <translation>task phải là auto, classification hoặc regression, không phải {task!r}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>hãy kiểm tra lại đường dẫn</translation>
    </message>
    <message>
        <source>{path}: cannot be read as text ({error})</source>
        <translation>{path}: không đọc được như văn bản ({error})</translation>
    </message>
    <message>
        <source>save the table as CSV (UTF-8) from your spreadsheet program</source>
        <translation>hãy lưu bảng dưới dạng CSV (UTF-8) từ chương trình bảng tính của bạn</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} trống rỗng</translation>
    </message>
    <message>
        <source>save a table with a header row and at least a few rows</source>
        <translation>hãy lưu một bảng có hàng tiêu đề và ít nhất vài hàng</translation>
    </message>
    <message>
        <source>{path} has a header but no data row</source>
        <translation>{path} có hàng tiêu đề nhưng không có hàng dữ liệu nào</translation>
    </message>
    <message>
        <source>{path} has a header but only one data row</source>
        <translation>{path} có hàng tiêu đề nhưng chỉ có một hàng dữ liệu</translation>
    </message>
    <message>
        <source>a table needs at least a few rows of examples to learn from</source>
        <translation>một bảng cần ít nhất vài hàng mẫu dữ liệu để học</translation>
    </message>
    <message>
        <source>{path}, line {line}: {cells} cells, but the header has {columns} columns</source>
        <translation>{path}, dòng {line}: có {cells} ô, nhưng hàng tiêu đề có {columns} cột</translation>
    </message>
    <message>
        <source>make every row have one value per column</source>
        <translation>hãy cho mỗi hàng có đúng một giá trị ở mỗi cột</translation>
    </message>
    <message>
        <source>{path} has no column {column!r}</source>
        <translation>{path} không có cột {column!r}</translation>
    </message>
    <message>
        <source>choose one of: {names}</source>
        <translation>hãy chọn một trong: {names}</translation>
    </message>
    <message>
        <source>{path} has no column {column!r} to ignore</source>
        <translation>{path} không có cột {column!r} để bỏ qua</translation>
    </message>
    <message>
        <source>choose from: {names}</source>
        <translation>hãy chọn trong: {names}</translation>
    </message>
    <message>
        <source>{path}: the target {column!r} has only one value ({value})</source>
        <translation>{path}: cột đích {column!r} chỉ có một giá trị ({value})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>a classifier needs at least two classes; choose another target column</source>
        <translation>một bộ phân loại cần ít nhất hai lớp (class); hãy chọn cột đích khác</translation>
    </message>
    <message>
        <source>{path}: the target {column!r} has {n} different values</source>
        <translation>{path}: cột đích {column!r} có {n} giá trị khác nhau</translation>
    </message>
    <message>
        <source>that looks like a number to predict: choose task &apos;regression&apos;</source>
        <translation>có vẻ đó là một số cần dự đoán: hãy chọn task &apos;regression&apos;</translation>
    </message>
    <message>
        <source>{path}: almost every row has no value in {column!r}</source>
        <translation>{path}: gần như mọi hàng đều không có giá trị ở {column!r}</translation>
    </message>
    <message>
        <source>fill in the target column</source>
        <translation>hãy điền cột đích</translation>
    </message>
    <message>
        <source>{path}, line {line}</source>
        <translation>{path}, dòng {line}</translation>
    </message>
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
