<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.evaluate_panel</name>
    <message>
        <source>Train a model on the Train tab first; its test results appear here.</source>
        <translation>Hãy huấn luyện một mô hình ở thẻ Huấn luyện trước; kết quả kiểm tra của nó hiện ở đây.</translation>
    </message>
    <message>
        <source>Measuring the model on the test set (data it never trained on)…</source>
        <translation>Đang đo mô hình trên tập kiểm tra (dữ liệu nó chưa từng học)…</translation>
    </message>
    <message>
        <source>An agent is tested by playing, not on a data set: in 100 greedy games (always its best action) it averaged a return of {score:.0f}{solved}. Watch it play on the Train tab.</source>
        <translation>Một tác tử (agent) được kiểm tra bằng cách chơi, không phải trên một tập dữ liệu: trong 100 ván tham lam (luôn chọn hành động tốt nhất) nó đạt tổng phần thưởng trung bình {score:.0f}{solved}. Hãy xem nó chơi ở thẻ Huấn luyện.</translation>
    </message>
    <message>
        <source>, which solves the task</source>
        <translation>, đủ để giải bài toán</translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation>Tự thử xem</translation>
    </message>
    <message>
        <source>Draw a {what} below. The model sees the small picture on the right.</source>
        <translation>Hãy vẽ một {what} bên dưới. Mô hình nhìn thấy bức ảnh nhỏ bên phải.</translation>
    </message>
    <message>
        <source>The drawing pad works for picture data sets (digits, shapes) with a trained model.</source>
        <translation>Bảng vẽ dùng được cho tập dữ liệu ảnh (chữ số, hình) khi có mô hình đã huấn luyện.</translation>
    </message>
    <message>
        <source>Train a model first. Then try it here: draw a picture or type a sentence (whichever your data is made of) and watch the probability the model gives each class.</source>
        <translation>Hãy huấn luyện một mô hình trước. Sau đó thử ở đây: vẽ một bức ảnh hoặc gõ một câu (tùy dữ liệu của bạn) và xem xác suất mô hình cho mỗi lớp (class).</translation>
    </message>
    <message>
        <source>Type a review below: the model reads it word by word and shows its probabilities as you type.</source>
        <translation>Gõ một bài nhận xét (tiếng Anh) bên dưới: mô hình đọc từng từ và cho thấy các xác suất ngay khi bạn gõ.</translation>
    </message>
    <message>
        <source>e.g. the plot was not good but the actors were funny</source>
        <translation>ví dụ: the plot was not good but the actors were funny</translation>
    </message>
    <message>
        <source>For points, the decision boundary on the Train tab shows the class the model predicts at every spot at once.</source>
        <translation>Với dữ liệu điểm, ranh giới quyết định ở thẻ Huấn luyện cho thấy cùng lúc lớp (class) mà mô hình dự đoán tại mọi điểm.</translation>
    </message>
    <message>
        <source>Trying single examples works for pictures (draw one) and for text (type one); for this data, the test results and the mistakes on the left show what the model does.</source>
        <translation>Thử từng mẫu riêng dùng được cho ảnh (vẽ một ảnh) và văn bản (gõ một câu); với dữ liệu này, kết quả kiểm tra và các lỗi bên trái cho thấy mô hình làm gì.</translation>
    </message>
    <message>
        <source>Mistakes on the test set (true → predicted, with the probability the model gave it)</source>
        <translation>Các lỗi trên tập kiểm tra (đúng → dự đoán, kèm xác suất mô hình đưa ra)</translation>
    </message>
    <message>
        <source>Test pictures and the autoencoder&apos;s copies (left: original, right: rebuilt), worst first</source>
        <translation>Ảnh kiểm tra và bản sao của bộ tự mã hóa (trái: gốc, phải: tái tạo), tệ nhất trước</translation>
    </message>
    <message>
        <source>Error {err:.4f} (mean squared difference per pixel; the median test picture has {median:.4f})</source>
        <translation>Sai số {err:.4f} (bình phương chênh lệch trung bình mỗi điểm ảnh; ảnh kiểm tra ở trung vị có {median:.4f})</translation>
    </message>
    <message>
        <source>Draw a digit below: the autoencoder squeezes it through its small code and rebuilds it on the right.</source>
        <translation>Hãy vẽ một chữ số bên dưới: bộ tự mã hóa (autoencoder) nén nó qua mã nhỏ của mình và tái tạo lại ở bên phải.</translation>
    </message>
    <message>
        <source>No mistakes on the test set!</source>
        <translation>Không có lỗi nào trên tập kiểm tra!</translation>
    </message>
    <message>
        <source>Save the trained model as a .keras file (loads in plain Keras: keras.saving.load_model).</source>
        <translation>Lưu mô hình đã huấn luyện thành tệp .keras (mở được bằng Keras thuần: keras.saving.load_model).</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>Đã lưu mô hình vào {path}</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>The test set was never used for training: these scores are an honest estimate of how the model does on new data, as long as you chose the settings by the validation curves, not by these test scores.</source>
        <translation>Tập kiểm tra chưa từng được dùng để huấn luyện: các điểm số này là ước lượng trung thực về mức mô hình làm tốt trên dữ liệu mới, miễn là bạn chọn cài đặt theo các đường kiểm định (validation), không theo các điểm kiểm tra này.</translation>
    </message>
    <message>
        <source>Save trained model…</source>
        <translation>Lưu mô hình đã huấn luyện…</translation>
    </message>
    <message>
        <source>Evaluate again</source>
        <translation>Đánh giá lại</translation>
    </message>
    <message>
        <source>Measure the model on the test set again.</source>
        <translation>Đo lại mô hình trên tập kiểm tra.</translation>
    </message>
    <message>
        <source>What the model sees: your drawing shrunk to its input size</source>
        <translation>Điều mô hình nhìn thấy: hình vẽ của bạn thu nhỏ về kích thước đầu vào</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The autoencoder&apos;s copy of your drawing</source>
        <translation>Bản sao hình vẽ của bạn do bộ tự mã hóa tạo</translation>
    </message>
    <message>
        <source>Words the model never saw count as &apos;unknown&apos; (number 2).</source>
        <translation>Những từ mô hình chưa từng thấy được tính là &apos;unknown&apos; (số 2).</translation>
    </message>
    <message>
        <source>Or try one of these:</source>
        <translation>Hoặc thử một trong các câu sau:</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>Khám phá không gian ẩn</translation>
    </message>
    <message>
        <source>Generated samples</source>
        <translation>Mẫu được sinh</translation>
    </message>
    <message>
        <source>Debiasing</source>
        <translation>Giảm thiên lệch</translation>
    </message>
    <message>
        <source>Sequence results</source>
        <translation>Kết quả chuỗi</translation>
    </message>
    <message>
        <source>Adversarial</source>
        <translation>Đối kháng</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>chữ số</translation>
    </message>
    <message>
        <source>shape or digit</source>
        <translation>hình hoặc chữ số</translation>
    </message>
    <message>
        <source>({h}×{w} pixels)</source>
        <translation>({h}×{w} điểm ảnh)</translation>
    </message>
    <message>
        <source>Save trained model</source>
        <translation>Lưu mô hình đã huấn luyện</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Mô hình Keras (*.keras)</translation>
    </message>
    <message>
        <source>Could not evaluate the model</source>
        <translation>Không đánh giá được mô hình</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Không lưu được mô hình</translation>
    </message>
    <message>
        <source>Could not run the model on the drawing</source>
        <translation>Không chạy được mô hình trên hình vẽ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Test results on {n} test examples</source>
        <translation>Kết quả kiểm tra trên {n} mẫu kiểm tra</translation>
    </message>
    <message>
        <source>Type this sentence into the box above</source>
        <translation>Gõ câu này vào ô ở trên</translation>
    </message>
    <message>
        <source>Not in its vocabulary (read as “?”): {words}</source>
        <translation>Không có trong từ vựng của nó (đọc thành “?”): {words}</translation>
    </message>
    <message>
        <source>The model reads: &lt;b&gt;{words}&lt;/b&gt;</source>
        <translation>Mô hình đọc: &lt;b&gt;{words}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>error {err:.3f}</source>
        <translation>sai số {err:.3f}</translation>
    </message>
    <message>
        <source>at ({point})</source>
        <translation>tại ({point})</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>sai số tuyệt đối trung bình</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>sai số bình phương trung bình</translation>
    </message>
</context>
</TS>
