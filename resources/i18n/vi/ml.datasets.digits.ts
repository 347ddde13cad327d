<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.digits</name>
    <message>
        <source>Handwritten digits 0-9 as tiny 8×8 grey pictures: the 1797 digits of the UCI test part, written by 13 people (the UCI training part, 3823 digits by 30 others, is not included). Each pixel counts the ink in a 4x4 block of the original scan, so values run from 0 to 16. Small enough to train a convolutional network in seconds.</source>
        <translation>Chữ số viết tay 0-9 dưới dạng ảnh xám nhỏ 8×8: 1797 chữ số của phần kiểm tra UCI, do 13 người viết (phần huấn luyện UCI, 3823 chữ số do 30 người khác viết, không có ở đây). Mỗi điểm ảnh đếm lượng mực trong một ô 4x4 của bản quét gốc, nên giá trị chạy từ 0 đến 16. Đủ nhỏ để huấn luyện một mạng tích chập trong vài giây.</translation>
    </message>
    <message>
        <source>the bundled digits file {path} is missing</source>
        <translation>thiếu tệp chữ số đi kèm {path}</translation>
    </message>
    <message>
        <source>reinstall deskdl, or copy optdigits_8x8.npz back into resources/datasets</source>
        <translation>hãy cài lại deskdl, hoặc chép optdigits_8x8.npz trở lại resources/datasets</translation>
    </message>
    <message>
        <source>Handwritten digits (8x8)</source>
        <translation>Chữ số viết tay (8x8)</translation>
    </message>
    <message>
        <source>Give the training pictures each other&apos;s labels at random (the test pictures keep their true ones): nothing in a picture tells its label any more, so a model can only learn the training labels by heart.</source>
        <translation>Tráo nhãn ngẫu nhiên giữa các ảnh huấn luyện (ảnh kiểm tra giữ nhãn thật): không còn gì trong ảnh cho biết nhãn của nó, nên mô hình chỉ có thể học thuộc lòng các nhãn huấn luyện.</translation>
    </message>
</context>
</TS>
