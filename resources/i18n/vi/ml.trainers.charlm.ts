<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.charlm</name>
    <message>
        <source>a sequence-generation project needs a text data set (windows of characters)</source>
        <translation>một dự án sinh chuỗi cần một tập dữ liệu văn bản (các cửa sổ ký tự)</translation>
    </message>
    <message>
        <source>choose &apos;Folk tunes in ABC&apos; or &apos;Your text&apos; in the Data tab</source>
        <translation>hãy chọn &apos;Nhạc dân gian ABC&apos; hoặc &apos;Văn bản của bạn&apos; trong thẻ Dữ liệu</translation>
    </message>
    <message>
        <source>the sequence settings have a problem: {problem}</source>
        <translation>cài đặt chuỗi có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab&apos;s settings</source>
        <translation>hãy sửa nó trong phần cài đặt của thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the prime text has a character the training text does not: {char!r}</source>
        <translation>văn bản mồi (prime) có một ký tự không có trong văn bản huấn luyện: {char!r}</translation>
    </message>
    <message>
        <source>change algorithm.prime to use only characters of the text</source>
        <translation>hãy đổi algorithm.prime để chỉ dùng các ký tự có trong văn bản</translation>
    </message>
</context>
</TS>
