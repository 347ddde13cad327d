<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.generate_panel</name>
    <message>
        <source>Train the model first: then write with it here.</source>
        <translation>Hãy huấn luyện mô hình trước: rồi dùng nó để viết ở đây.</translation>
    </message>
    <message>
        <source>Write text from the prime with the trained model.</source>
        <translation>Viết văn bản tiếp từ đoạn mồi bằng mô hình đã huấn luyện.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Đang viết…</translation>
    </message>
    <message>
        <source>Click a character of the new text to see what else the model considered there.</source>
        <translation>Bấm vào một ký tự của văn bản mới để xem mô hình còn cân nhắc những gì khác ở đó.</translation>
    </message>
    <message>
        <source>Greedy: always the likeliest character (temperature 0). The same prime gives the same text every time, and it often repeats itself.</source>
        <translation>Tham lam (greedy): luôn chọn ký tự có khả năng nhất (nhiệt độ 0). Cùng một đoạn mồi luôn cho cùng một văn bản, và văn bản thường tự lặp lại.</translation>
    </message>
    <message>
        <source>Temperature: below 1 the likeliest characters win more often (safer, more repetitive); 1 draws from the model&apos;s own odds; above 1 surprises (and mistakes) grow.</source>
        <translation>Nhiệt độ (temperature): dưới 1 các ký tự có khả năng nhất thắng thường xuyên hơn (an toàn hơn, lặp lại nhiều hơn); 1 rút theo đúng xác suất của mô hình; trên 1 thì bất ngờ (và lỗi) tăng lên.</translation>
    </message>
    <message>
        <source>The text the model continues (it reads only its last window of characters)</source>
        <translation>Đoạn văn bản mà mô hình viết tiếp (nó chỉ đọc cửa sổ ký tự cuối cùng của đoạn này)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> ký tự</translation>
    </message>
    <message>
        <source>Greedy</source>
        <translation>Tham lam</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>seed </translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Viết</translation>
    </message>
    <message>
        <source>character</source>
        <translation>ký tự</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>xác suất</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>Đoạn mồi</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>tham lam</translation>
    </message>
    <message>
        <source>greedy (always the likeliest character)</source>
        <translation>tham lam (luôn chọn ký tự có khả năng nhất)</translation>
    </message>
    <message>
        <source>temperature {t:.2f}</source>
        <translation>nhiệt độ {t:.2f}</translation>
    </message>
    <message>
        <source>{n} characters written, {how}.</source>
        <translation>Đã viết {n} ký tự, {how}.</translation>
    </message>
    <message>
        <source>Character {n} of the new text: the model wrote &apos;{chosen}&apos;. Its odds there (before the greedy pick):</source>
        <translation>Ký tự {n} của văn bản mới: mô hình đã viết &apos;{chosen}&apos;. Xác suất của nó ở đó (trước khi chọn tham lam):</translation>
    </message>
    <message>
        <source>Character {n} of the new text: the model wrote &apos;{chosen}&apos;. Its odds there at temperature {t:.2f}:</source>
        <translation>Ký tự {n} của văn bản mới: mô hình đã viết &apos;{chosen}&apos;. Xác suất của nó ở đó với nhiệt độ {t:.2f}:</translation>
    </message>
</context>
</TS>
