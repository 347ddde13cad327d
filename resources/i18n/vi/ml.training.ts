<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.training</name>
    <message>
        <source>the loss became NaN (not a number) in epoch {epoch}: usually the weights or outputs grew so large that the arithmetic overflowed (a log or division of zero can also cause it), and the network cannot recover from that</source>
        <translation>hàm mất mát (loss) thành NaN (không phải một số) ở epoch {epoch}: thường là do các trọng số hoặc đầu ra lớn đến mức phép tính bị tràn số (lấy log hoặc chia cho số 0 cũng có thể gây ra điều này), và mạng không thể hồi phục từ đó</translation>
    </message>
    <message>
        <source>lower the learning rate (try ten times smaller), turn on gradient clipping (clipnorm 1.0), or scale the inputs to small numbers</source>
        <translation>hãy giảm tốc độ học (learning rate) (thử nhỏ hơn mười lần), bật cắt gradient (clipnorm 1.0), hoặc co giãn đầu vào về các số nhỏ</translation>
    </message>
    <message>
        <source>the loss is exploding in epoch {epoch}: it grew over a thousand times its starting value ({start:.3g} -&gt; {now:.3g}), so the learning rate is probably too large</source>
        <translation>hàm mất mát (loss) đang bùng nổ ở epoch {epoch}: nó đã tăng hơn một nghìn lần so với giá trị ban đầu ({start:.3g} -&gt; {now:.3g}), nên có lẽ tốc độ học (learning rate) quá lớn</translation>
    </message>
    <message>
        <source>try a ten times smaller learning rate, or turn on clipnorm 1.0</source>
        <translation>hãy thử tốc độ học nhỏ hơn mười lần, hoặc bật clipnorm 1.0</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>hàm mất mát trên tập kiểm định</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>hàm mất mát trên tập huấn luyện</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>độ chính xác trên tập kiểm định</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>độ chính xác trên tập huấn luyện</translation>
    </message>
    <message>
        <source>Stopped early: the {watched} stopped improving.</source>
        <translation>Đã dừng sớm: {watched} không còn cải thiện.</translation>
    </message>
    <message>
        <source> With no validation share kept it watched training data, so it does not guard against overfitting: keep a validation share (e.g. 0.2).</source>
        <translation> Vì không giữ lại phần kiểm định (validation) nào nên nó đã theo dõi dữ liệu huấn luyện, và vì thế không chống được quá khớp (overfitting): hãy giữ một phần kiểm định (ví dụ 0.2).</translation>
    </message>
    <message>
        <source>the training settings have a problem: {problem}</source>
        <translation>thiết lập huấn luyện có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab</source>
        <translation>sửa nó trên thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the data and the model do not fit together: {problem}</source>
        <translation>dữ liệu và mô hình không khớp nhau: {problem}</translation>
    </message>
    <message>
        <source>the saved weights do not fit this model ({error})</source>
        <translation>trọng số đã lưu không khớp với mô hình này ({error})</translation>
    </message>
    <message>
        <source>train from scratch, or undo the changes to the model since the weights were saved</source>
        <translation>huấn luyện lại từ đầu, hoặc hoàn tác những thay đổi của mô hình kể từ khi lưu trọng số</translation>
    </message>
</context>
</TS>
