<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.charseq</name>
    <message>
        <source>the character {char} is not in the model&apos;s vocabulary</source>
        <translation>ký tự {char} không có trong bộ từ vựng (vocabulary) của mô hình</translation>
    </message>
    <message>
        <source>use only characters that occur in the training text</source>
        <translation>chỉ dùng những ký tự có trong văn bản huấn luyện</translation>
    </message>
    <message>
        <source>no text file is chosen</source>
        <translation>chưa chọn tệp văn bản nào</translation>
    </message>
    <message>
        <source>choose a UTF-8 .txt or .abc file in the Data tab</source>
        <translation>chọn một tệp .txt hoặc .abc mã hóa UTF-8 trên thẻ Dữ liệu</translation>
    </message>
    <message>
        <source>the text file {path} does not exist</source>
        <translation>tệp văn bản {path} không tồn tại</translation>
    </message>
    <message>
        <source>choose an existing .txt or .abc file</source>
        <translation>chọn một tệp .txt hoặc .abc có thật</translation>
    </message>
    <message>
        <source>the text file {name} is {size:.0f} MB; a character model here takes at most {limit:.0f} MB</source>
        <translation>tệp văn bản {name} nặng {size:.0f} MB; mô hình ký tự ở đây nhận tối đa {limit:.0f} MB</translation>
    </message>
    <message>
        <source>use a part of the text</source>
        <translation>dùng một phần của văn bản</translation>
    </message>
    <message>
        <source>the file {name} is not a text file (it holds binary data)</source>
        <translation>tệp {name} không phải tệp văn bản (nó chứa dữ liệu nhị phân)</translation>
    </message>
    <message>
        <source>choose a plain UTF-8 text file (.txt or .abc), not a document, picture or archive</source>
        <translation>chọn một tệp văn bản thuần mã hóa UTF-8 (.txt hoặc .abc), không phải tài liệu, hình ảnh hay tệp nén</translation>
    </message>
    <message>
        <source>the file {name} is not UTF-8 text (byte {byte} cannot be read)</source>
        <translation>tệp {name} không phải văn bản UTF-8 (không đọc được byte thứ {byte})</translation>
    </message>
    <message>
        <source>save the file as UTF-8 in your editor and choose it again</source>
        <translation>lưu tệp dưới dạng UTF-8 trong trình soạn thảo rồi chọn lại</translation>
    </message>
    <message>
        <source>the file {name} is empty</source>
        <translation>tệp {name} trống</translation>
    </message>
    <message>
        <source>choose a file with some text in it (a few thousand characters at least)</source>
        <translation>chọn một tệp có văn bản (ít nhất vài nghìn ký tự)</translation>
    </message>
    <message>
        <source>the text has {n} characters, too few for one window of {seq_len} plus the character after it</source>
        <translation>văn bản có {n} ký tự, quá ít cho một cửa sổ {seq_len} ký tự cộng với ký tự theo sau nó</translation>
    </message>
    <message>
        <source>use a longer text or shorter windows (seq_len)</source>
        <translation>dùng văn bản dài hơn hoặc cửa sổ ngắn hơn (seq_len)</translation>
    </message>
    <message>
        <source>the text has {size} different characters but the model&apos;s last layer gives only {outputs} probabilities and its Embedding layer knows only {input_dim}</source>
        <translation>văn bản có {size} ký tự khác nhau nhưng lớp cuối của mô hình chỉ cho ra {outputs} xác suất và lớp Embedding của nó chỉ biết {input_dim} ký tự</translation>
    </message>
    <message>
        <source>set the last Dense layer&apos;s units and the Embedding&apos;s input_dim to {size} (or more), or use a text with fewer different characters</source>
        <translation>đặt units của lớp Dense cuối và input_dim của Embedding thành {size} (hoặc hơn), hoặc dùng văn bản có ít ký tự khác nhau hơn</translation>
    </message>
    <message>
        <source>the text has {size} different characters but the model&apos;s last layer gives only {outputs} probabilities</source>
        <translation>văn bản có {size} ký tự khác nhau nhưng lớp cuối của mô hình chỉ cho ra {outputs} xác suất</translation>
    </message>
    <message>
        <source>set the last Dense layer&apos;s units to {size} (or more), or use a text with fewer different characters</source>
        <translation>đặt units của lớp Dense cuối thành {size} (hoặc hơn), hoặc dùng văn bản có ít ký tự khác nhau hơn</translation>
    </message>
    <message>
        <source>the text has {size} different characters but the Embedding layer knows only {input_dim} (its input_dim)</source>
        <translation>văn bản có {size} ký tự khác nhau nhưng lớp Embedding chỉ biết {input_dim} ký tự (input_dim của nó)</translation>
    </message>
    <message>
        <source>set the Embedding&apos;s input_dim to {size} (or more)</source>
        <translation>đặt input_dim của Embedding thành {size} (hoặc hơn)</translation>
    </message>
    <message>
        <source>{text} is not a temperature</source>
        <translation>{text} không phải là một nhiệt độ (temperature)</translation>
    </message>
    <message>
        <source>write numbers separated by commas, such as 0.2, 0.5, 1.0</source>
        <translation>viết các số cách nhau bằng dấu phẩy, ví dụ 0.2, 0.5, 1.0</translation>
    </message>
    <message>
        <source>the temperature {t:g} is out of range</source>
        <translation>nhiệt độ {t:g} nằm ngoài khoảng cho phép</translation>
    </message>
    <message>
        <source>use temperatures from 0 to 5</source>
        <translation>dùng nhiệt độ từ 0 đến 5</translation>
    </message>
</context>
</TS>
