<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.abc_corpus</name>
    <message>
        <source>a tune number</source>
        <translation>số thứ tự của giai điệu</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>tên giai điệu</translation>
    </message>
    <message>
        <source>a metre</source>
        <translation>nhịp</translation>
    </message>
    <message>
        <source>a unit note length</source>
        <translation>độ dài nốt đơn vị</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>giọng</translation>
    </message>
    <message>
        <source>no {field}: header ({what})</source>
        <translation>không có dòng đầu {field}: ({what})</translation>
    </message>
    <message>
        <source>the first header must be X: (the tune number)</source>
        <translation>dòng đầu tiên phải là X: (số thứ tự của giai điệu)</translation>
    </message>
    <message>
        <source>X: must be a number, not {value}</source>
        <translation>X: phải là một số, không phải {value}</translation>
    </message>
    <message>
        <source>M: {value} is not a metre such as 6/8</source>
        <translation>M: {value} không phải là một nhịp như 6/8</translation>
    </message>
    <message>
        <source>L: {value} is not a note length such as 1/8</source>
        <translation>L: {value} không phải là một độ dài nốt như 1/8</translation>
    </message>
    <message>
        <source>K: {value} is not a key such as D, Em, Ador or Gmix</source>
        <translation>K: {value} không phải là một giọng như D, Em, Ador hay Gmix</translation>
    </message>
    <message>
        <source>the tune has no notes</source>
        <translation>giai điệu không có nốt nào</translation>
    </message>
    <message>
        <source>{symbol} is not a bar line</source>
        <translation>{symbol} không phải là một vạch nhịp</translation>
    </message>
    <message>
        <source>a repeat ends before any bar</source>
        <translation>một đoạn lặp kết thúc trước cả ô nhịp đầu tiên</translation>
    </message>
    <message>
        <source>a second ending (2) without a first ending (1) before it</source>
        <translation>có đoạn kết thứ hai (2) mà không có đoạn kết thứ nhất (1) trước nó</translation>
    </message>
    <message>
        <source>{char} at character {n} of the tune&apos;s body is not ABC this checker reads (notes A-G a-g, rests z, bar lines |)</source>
        <translation>{char} ở ký tự thứ {n} trong phần thân giai điệu không phải là ABC mà bộ kiểm tra này đọc được (nốt A-G a-g, dấu lặng z, vạch nhịp |)</translation>
    </message>
    <message>
        <source>{note} has no length</source>
        <translation>{note} không có độ dài</translation>
    </message>
    <message>
        <source>the tune does not end with a bar line</source>
        <translation>giai điệu không kết thúc bằng một vạch nhịp</translation>
    </message>
</context>
</TS>
