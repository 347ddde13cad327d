<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.debias</name>
    <message>
        <source>training the VAE on the pictures (no labels)</source>
        <translation>huấn luyện VAE trên các ảnh (không dùng nhãn)</translation>
    </message>
    <message>
        <source>training the classifier on the data as it is</source>
        <translation>huấn luyện bộ phân loại trên dữ liệu như vốn có</translation>
    </message>
    <message>
        <source>training the same classifier with each picture weighted by its rarity</source>
        <translation>huấn luyện cùng bộ phân loại đó, mỗi ảnh được đánh trọng số theo độ hiếm của nó</translation>
    </message>
    <message>
        <source>a debiasing run trains both classifiers from the same fresh start (that is the comparison), so it cannot continue an earlier model</source>
        <translation>một lần chạy khử thiên lệch huấn luyện cả hai bộ phân loại từ cùng một điểm xuất phát mới (đó chính là phép so sánh), nên không thể huấn luyện tiếp một mô hình cũ</translation>
    </message>
    <message>
        <source>the {what}&apos;s loss became NaN (not a number) in epoch {epoch}</source>
        <translation>hàm mất mát (loss) của {what} thành NaN (không phải một số) ở epoch {epoch}</translation>
    </message>
    <message>
        <source>lower the learning rate (try ten times smaller) or turn on gradient clipping (clipnorm 1.0)</source>
        <translation>hãy giảm tốc độ học (learning rate) (thử nhỏ hơn mười lần) hoặc bật cắt gradient (clipnorm 1.0)</translation>
    </message>
    <message>
        <source>the debiasing settings have a problem: {problem}</source>
        <translation>cài đặt khử thiên lệch có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>change it in the Train tab&apos;s settings</source>
        <translation>hãy sửa nó trong phần Cài đặt của thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the training settings have a problem: {problem}</source>
        <translation>cài đặt huấn luyện có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab</source>
        <translation>hãy sửa nó trong thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>untick Continue and press Start</source>
        <translation>hãy bỏ chọn Huấn luyện thêm rồi bấm Bắt đầu</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>classifier without weights</source>
        <translation>bộ phân loại không có trọng số mẫu</translation>
    </message>
    <message>
        <source>classifier with weights</source>
        <translation>bộ phân loại có trọng số mẫu</translation>
    </message>
</context>
</TS>
