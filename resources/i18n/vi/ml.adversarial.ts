<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.adversarial</name>
    <message>
        <source>the fast gradient sign attack here needs a model with one input</source>
        <translation>tấn công dấu gradient nhanh (FGSM) ở đây cần một mô hình có một đầu vào</translation>
    </message>
    <message>
        <source>attack a model that reads one picture</source>
        <translation>hãy tấn công một mô hình đọc một bức ảnh</translation>
    </message>
    <message>
        <source>the fast gradient sign attack needs a classifier, and this data set&apos;s task is {task}</source>
        <translation>tấn công dấu gradient nhanh (FGSM) cần một mô hình phân lớp, còn nhiệm vụ của tập dữ liệu này là {task}</translation>
    </message>
    <message>
        <source>train a model that picks one class per example</source>
        <translation>hãy huấn luyện một mô hình chọn một lớp (class) cho mỗi mẫu dữ liệu</translation>
    </message>
    <message>
        <source>the test set is empty, so there is nothing to attack</source>
        <translation>tập kiểm tra trống, nên không có gì để tấn công</translation>
    </message>
    <message>
        <source>give the test set a share of the data on the Data tab</source>
        <translation>dành cho tập kiểm tra một phần dữ liệu trên thẻ Dữ liệu</translation>
    </message>
</context>
</TS>
