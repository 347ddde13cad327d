<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.uncertainty</name>
    <message>
        <source>This model has no Dropout layer (or only ones with rate 0), so every pass gives the same answer and there is no spread to show. Add a Dropout layer (e.g. rate 0.2 after a hidden Dense layer), train again, then tick this box.</source>
        <translation>Mô hình này không có lớp Dropout (hoặc chỉ có lớp với rate 0), nên lần chạy nào cũng cho cùng một câu trả lời và không có độ phân tán nào để hiện. Hãy thêm một lớp Dropout (ví dụ rate 0.2 sau một lớp Dense ẩn), huấn luyện lại, rồi đánh dấu ô này.</translation>
    </message>
</context>
</TS>
