<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.cli_generate</name>
    <message>
        <source>--length must be a whole number from 1 to 100000, not {value}</source>
        <translation>--length phải là một số nguyên từ 1 đến 100000, không phải {value}</translation>
    </message>
    <message>
        <source>--temperature must be from 0 (greedy) to 5, not {value}</source>
        <translation>--temperature phải từ 0 (tham lam: luôn chọn ký tự có xác suất cao nhất) đến 5, không phải {value}</translation>
    </message>
    <message>
        <source>this is a {kind} project; deskdl generate writes text with a sequence-generation project (e.g. the &apos;Tune writer&apos; template)</source>
        <translation>đây là một dự án loại {kind}; deskdl generate viết văn bản bằng một dự án sinh chuỗi (ví dụ mẫu &apos;Viết giai điệu&apos;)</translation>
    </message>
    <message>
        <source>there is no trained model at {path}; train the project first (in the app, then save it; or deskdl train, then pass --model RUN/model.keras)</source>
        <translation>không có mô hình đã huấn luyện ở {path}; hãy huấn luyện dự án trước (trong ứng dụng, rồi lưu dự án; hoặc bằng deskdl train, rồi thêm --model RUN/model.keras)</translation>
    </message>
    <message>
        <source>the project&apos;s data is not a text; choose &apos;Folk tunes in ABC&apos; or &apos;Your text&apos;</source>
        <translation>dữ liệu của dự án không phải là văn bản; hãy chọn &apos;Nhạc dân gian ABC&apos; hoặc &apos;Văn bản của bạn&apos;</translation>
    </message>
    <message>
        <source>cannot read the model {path}: {error}</source>
        <translation>không đọc được mô hình {path}: {error}</translation>
    </message>
</context>
</TS>
