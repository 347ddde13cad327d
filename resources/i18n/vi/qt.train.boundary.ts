<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.boundary</name>
    <message>
        <source>Colour: the class predicted at each spot; pale: unsure (the boundary). White rim: training data; dark rim: test data.</source>
        <translation>Màu: lớp (class) dự đoán tại mỗi điểm; nhạt: chưa chắc (ranh giới). Viền trắng: dữ liệu huấn luyện; viền tối: dữ liệu kiểm tra.</translation>
    </message>
    <message>
        <source>Colour: the value predicted at each spot (the fitted surface). Dots: the data, same scale.</source>
        <translation>Màu: giá trị dự đoán tại mỗi điểm (bề mặt khớp được). Chấm: dữ liệu, cùng thang màu.</translation>
    </message>
    <message>
        <source>Background: the class the network predicts at every spot of the plane. Colour = the predicted class; pale = no class has a high probability there (the boundary). Dots with a white rim: training data; dots with a dark rim: test data.</source>
        <translation>Nền: lớp (class) mà mạng dự đoán tại mọi điểm của mặt phẳng. Màu = lớp dự đoán; nhạt = không lớp nào có xác suất cao ở đó (ranh giới). Chấm viền trắng: dữ liệu huấn luyện; chấm viền tối: dữ liệu kiểm tra.</translation>
    </message>
    <message>
        <source>Background: the value the network predicts at every spot (the fitted surface). Dots: the data, coloured by their true value on the same scale.</source>
        <translation>Nền: giá trị mà mạng dự đoán tại mọi điểm (bề mặt khớp được). Chấm: dữ liệu, tô màu theo giá trị thật trên cùng thang màu.</translation>
    </message>
    <message>
        <source>Show uncertainty (MC dropout)</source>
        <translation>Hiện độ bất định (MC dropout)</translation>
    </message>
    <message>
        <source>Keep dropout on while the trained model answers, ask it {n} times at every spot, and paint how much its answers disagree: where it does not know. Needs a Dropout layer.</source>
        <translation>Giữ dropout bật khi mô hình đã huấn luyện trả lời, hỏi nó {n} lần tại mỗi điểm và tô mức các câu trả lời khác nhau: nơi nó không biết. Cần một lớp Dropout.</translation>
    </message>
    <message>
        <source>MC dropout spread</source>
        <translation>Độ phân tán MC dropout</translation>
    </message>
    <message>
        <source>Colour (bar): the standard deviation, over {n} passes with dropout on, of the predicted class&apos;s probability. White: the passes agree. Dark: they disagree, the model does not know.</source>
        <translation>Màu (thanh): độ lệch chuẩn của xác suất lớp dự đoán qua {n} lượt chạy có bật dropout. Trắng: các lượt đồng ý. Tối: chúng bất đồng, mô hình không biết.</translation>
    </message>
    <message>
        <source>Colour (bar): the standard deviation of the predicted value over {n} passes with dropout on. White: the passes agree. Dark: they disagree, the model does not know.</source>
        <translation>Màu (thanh): độ lệch chuẩn của giá trị dự đoán qua {n} lượt chạy có bật dropout. Trắng: các lượt đồng ý. Tối: chúng bất đồng, mô hình không biết.</translation>
    </message>
    <message>
        <source>Monte Carlo dropout. Dropout normally acts only in training. Here it stays on while the trained model answers: each of the {n} passes drops other units at random, so the answers differ a little. At every spot the picture shows their standard deviation (for classes: of the probability of the class with the highest mean probability). The mean of the passes is the model&apos;s prediction; the spread is an estimate of how unsure it is, not a guarantee: it depends on the dropout rate, and far from the data a network can still be wrongly sure.</source>
        <translation>Monte Carlo dropout. Bình thường dropout chỉ hoạt động khi huấn luyện. Ở đây nó vẫn bật khi mô hình đã huấn luyện trả lời: mỗi lượt trong {n} lượt bỏ ngẫu nhiên các nơ-ron khác nhau, nên câu trả lời hơi khác nhau. Tại mỗi điểm, hình cho thấy độ lệch chuẩn của chúng (với các lớp (class): của xác suất của lớp có xác suất trung bình cao nhất). Trung bình của các lượt là dự đoán của mô hình; độ phân tán là ước lượng mức chưa chắc của nó, không phải bảo đảm: nó phụ thuộc tỉ lệ dropout, và ở xa dữ liệu một mạng vẫn có thể tự tin sai.</translation>
    </message>
    <message>
        <source>Asking the model {n} times at every spot, with dropout on…</source>
        <translation>Đang hỏi mô hình {n} lần tại mỗi điểm, có bật dropout…</translation>
    </message>
    <message>
        <source>Train the model first: then this box shows where it is unsure.</source>
        <translation>Hãy huấn luyện mô hình trước: sau đó ô này cho thấy nơi nó chưa chắc.</translation>
    </message>
    <message>
        <source>The model is training: its uncertainty is painted here when the run has ended.</source>
        <translation>Mô hình đang huấn luyện: độ bất định của nó được tô ở đây khi lần chạy kết thúc.</translation>
    </message>
    <message>
        <source>{n} epoch</source>
        <translation>{n} epoch</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} epoch</translation>
    </message>
    <message>
        <source>{e:.1f} epochs</source>
        <translation>{e:.1f} epoch</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>Chưa huấn luyện.</translation>
    </message>
    <message>
        <source>Click a spot of the plane to see the model&apos;s answer there.</source>
        <translation>Nhấp vào một điểm trên mặt phẳng để xem câu trả lời của mô hình ở đó.</translation>
    </message>
    <message>
        <source>Train the model first: then a click shows its answer at that spot.</source>
        <translation>Hãy huấn luyện mô hình trước: sau đó một cú nhấp sẽ cho thấy câu trả lời của nó tại điểm đó.</translation>
    </message>
    <message>
        <source>The model is training: click again when the run has finished or stopped.</source>
        <translation>Mô hình đang huấn luyện: hãy nhấp lại khi lần chạy đã xong hoặc đã dừng.</translation>
    </message>
    <message>
        <source>Asking the model about ({x:.2f}, {y:.2f})…</source>
        <translation>Đang hỏi mô hình về ({x:.2f}, {y:.2f})…</translation>
    </message>
    <message>
        <source>At ({x:.2f}, {y:.2f}) the model predicts {values}.</source>
        <translation>Tại ({x:.2f}, {y:.2f}) mô hình dự đoán {values}.</translation>
    </message>
    <message>
        <source>class {i}</source>
        <translation>lớp {i}</translation>
    </message>
    <message>
        <source>At ({x:.2f}, {y:.2f}) the model predicts {name}: the probabilities are {parts}.</source>
        <translation>Tại ({x:.2f}, {y:.2f}) mô hình dự đoán {name}: các xác suất là {parts}.</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Ranh giới quyết định</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>Hiện tập kiểm tra</translation>
    </message>
    <message>
        <source>Test data is never trained on: it shows how well the boundary generalises.</source>
        <translation>Dữ liệu kiểm tra không bao giờ được dùng để huấn luyện: nó cho thấy ranh giới tổng quát hóa tốt đến đâu.</translation>
    </message>
    <message>
        <source>Fitted surface</source>
        <translation>Bề mặt khớp được</translation>
    </message>
    <message>
        <source>after {epochs}</source>
        <translation>sau {epochs}</translation>
    </message>
    <message>
        <source>Largest spread: {spread:.2f}. Click a spot for the model&apos;s usual answer there.</source>
        <translation>Độ phân tán lớn nhất: {spread:.2f}. Nhấp vào một điểm để xem câu trả lời thường gặp của mô hình ở đó.</translation>
    </message>
</context>
</TS>
