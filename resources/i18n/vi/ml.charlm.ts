<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.charlm</name>
    <message>
        <source>the model does not read a fixed window of characters (its input must have the shape (seq_len,))</source>
        <translation>mô hình không đọc một cửa sổ ký tự có độ dài cố định (đầu vào của nó phải có hình dạng (seq_len,))</translation>
    </message>
    <message>
        <source>give the Input layer the shape of the data&apos;s windows</source>
        <translation>hãy cho lớp Input hình dạng của các cửa sổ trong dữ liệu</translation>
    </message>
    <message>
        <source>the project&apos;s data is not a text</source>
        <translation>dữ liệu của dự án không phải văn bản</translation>
    </message>
    <message>
        <source>choose &apos;Folk tunes in ABC&apos; or &apos;Your text&apos;</source>
        <translation>hãy chọn &apos;Nhạc dân gian ABC&apos; hoặc &apos;Văn bản của bạn&apos;</translation>
    </message>
</context>
</TS>
