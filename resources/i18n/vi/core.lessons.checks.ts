<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.checks</name>
    <message>
        <source>is {value}</source>
        <translation>là {value}</translation>
    </message>
    <message>
        <source>is one of {values}</source>
        <translation>là một trong {values}</translation>
    </message>
    <message>
        <source>is between {low} and {high}</source>
        <translation>nằm giữa {low} và {high}</translation>
    </message>
    <message>
        <source>is at least {value}</source>
        <translation>ít nhất là {value}</translation>
    </message>
    <message>
        <source>is at most {value}</source>
        <translation>nhiều nhất là {value}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>{type} layers</source>
        <translation>lớp {type}</translation>
    </message>
    <message>
        <source>{type} layer</source>
        <translation>lớp {type}</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>{layers} with {settings}</source>
        <translation>{layers} với {settings}</translation>
    </message>
    <message>
        <source>an {word}</source>
        <translation>một {word}</translation>
    </message>
    <message>
        <source>a {word}</source>
        <translation>một {word}</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>Chưa có mô hình nào được mở.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Chưa có dự án nào được mở.</translation>
    </message>
    <message>
        <source>You opened a tab</source>
        <translation>Bạn đã mở một thẻ</translation>
    </message>
    <message>
        <source>You selected a layer on the canvas</source>
        <translation>Bạn đã chọn một lớp trên khung vẽ</translation>
    </message>
    <message>
        <source>You started a training run</source>
        <translation>Bạn đã bắt đầu một lần huấn luyện</translation>
    </message>
    <message>
        <source>You a training run ended</source>
        <translation>Một lần huấn luyện của bạn đã kết thúc</translation>
    </message>
    <message>
        <source>You pressed Stop during a run</source>
        <translation>Bạn đã nhấn Dừng trong một lần chạy</translation>
    </message>
    <message>
        <source>You showed two or more runs&apos; curves together</source>
        <translation>Bạn đã cho hiện các đường cong của hai lần chạy trở lên cùng nhau</translation>
    </message>
    <message>
        <source>You picked another data set</source>
        <translation>Bạn đã chọn một tập dữ liệu khác</translation>
    </message>
    <message>
        <source>You looked at the data in the Data tab</source>
        <translation>Bạn đã xem dữ liệu trên thẻ Dữ liệu</translation>
    </message>
    <message>
        <source>You looked at the decision boundary</source>
        <translation>Bạn đã xem ranh giới quyết định</translation>
    </message>
    <message>
        <source>You looked at the model&apos;s uncertainty (MC dropout) painted over the plane</source>
        <translation>Bạn đã xem độ bất định của mô hình (MC dropout) được tô lên mặt phẳng</translation>
    </message>
    <message>
        <source>You clicked a spot of the 2-D plane to read the model&apos;s answer there</source>
        <translation>Bạn đã bấm vào một điểm của mặt phẳng 2-D để đọc câu trả lời của mô hình ở đó</translation>
    </message>
    <message>
        <source>You pressed Run on the Inspect tab&apos;s &apos;What excites a filter&apos; page</source>
        <translation>Bạn đã nhấn Chạy trên trang &apos;Điều kích thích bộ lọc&apos; của thẻ Khảo sát</translation>
    </message>
    <message>
        <source>You ran the evaluation of the trained model on the test set</source>
        <translation>Bạn đã chạy đánh giá mô hình đã huấn luyện trên tập kiểm tra</translation>
    </message>
    <message>
        <source>You drew a digit on the drawing pad and the model read it</source>
        <translation>Bạn đã vẽ một chữ số lên bảng vẽ và mô hình đã đọc nó</translation>
    </message>
    <message>
        <source>You looked at the learned filters in the Inspect tab</source>
        <translation>Bạn đã xem các bộ lọc đã học trên thẻ Khảo sát</translation>
    </message>
    <message>
        <source>You moved the sampling temperature slider</source>
        <translation>Bạn đã kéo thanh trượt nhiệt độ lấy mẫu (temperature)</translation>
    </message>
    <message>
        <source>You generated text or a tune from a trained model</source>
        <translation>Bạn đã sinh văn bản hoặc một giai điệu từ một mô hình đã huấn luyện</translation>
    </message>
    <message>
        <source>You pressed &apos;Watch the agent&apos; to see the trained agent play</source>
        <translation>Bạn đã nhấn &apos;Xem tác tử&apos; để xem tác tử (agent) đã huấn luyện chơi</translation>
    </message>
    <message>
        <source>You clicked a row of an attention map to read which places it takes from</source>
        <translation>Bạn đã bấm vào một hàng của một bản đồ chú ý (attention) để đọc xem nó lấy thông tin từ những vị trí nào</translation>
    </message>
    <message>
        <source>You moved the Adversarial page&apos;s epsilon slider</source>
        <translation>Bạn đã kéo thanh trượt epsilon của trang Đối kháng (Adversarial)</translation>
    </message>
    <message>
        <source>You opened File &gt; Pretrained Weights, which lists the ImageNet weights on this computer</source>
        <translation>Bạn đã mở Tệp &gt; Trọng số huấn luyện sẵn, nơi liệt kê các trọng số ImageNet trên máy tính này</translation>
    </message>
    <message>
        <source>You changed the model&apos;s right answer to a test picture into a wrong one with the fast gradient sign attack</source>
        <translation>Bạn đã biến câu trả lời đúng của mô hình cho một ảnh kiểm tra thành một câu trả lời sai bằng tấn công dấu gradient nhanh (fast gradient sign)</translation>
    </message>
    <message>
        <source>You asked for a hint</source>
        <translation>Bạn đã xin một gợi ý</translation>
    </message>
    <message>
        <source>The model has {a_layer}.</source>
        <translation>Mô hình có {a_layer}.</translation>
    </message>
    <message>
        <source>Found: {layers}.</source>
        <translation>Tìm thấy: {layers}.</translation>
    </message>
    <message>
        <source>There is no {layer} yet.</source>
        <translation>Chưa có {layer} nào.</translation>
    </message>
    <message>
        <source>The number of {layers} {want}.</source>
        <translation>Số {layers} {want}.</translation>
    </message>
    <message>
        <source>The model has {n}.</source>
        <translation>Mô hình có {n}.</translation>
    </message>
    <message>
        <source>layer {id}</source>
        <translation>lớp {id}</translation>
    </message>
    <message>
        <source>The setting {setting} of {layer} {want}.</source>
        <translation>Thiết lập {setting} của {layer} {want}.</translation>
    </message>
    <message>
        <source>There is no layer {id} (was it deleted?).</source>
        <translation>Không có lớp {id} (nó đã bị xóa chăng?).</translation>
    </message>
    <message>
        <source>There is no {type} layer.</source>
        <translation>Không có lớp {type} nào.</translation>
    </message>
    <message>
        <source>{id}: {setting} is {value}.</source>
        <translation>{id}: {setting} là {value}.</translation>
    </message>
    <message>
        <source>Now {values}.</source>
        <translation>Hiện tại: {values}.</translation>
    </message>
    <message>
        <source>Layer {id}&apos;s parameter count {want}.</source>
        <translation>Số tham số của lớp {id} {want}.</translation>
    </message>
    <message>
        <source>The model&apos;s parameter count {want}.</source>
        <translation>Số tham số của mô hình {want}.</translation>
    </message>
    <message>
        <source>There is no layer {id}.</source>
        <translation>Không có lớp {id}.</translation>
    </message>
    <message>
        <source>The size of {id} is not known: see Problems.</source>
        <translation>Chưa biết kích thước của {id}: xem Vấn đề.</translation>
    </message>
    <message>
        <source>It has {n} parameters.</source>
        <translation>Nó có {n} tham số.</translation>
    </message>
    <message>
        <source>The model has a problem, so its size is not known: see Problems.</source>
        <translation>Mô hình có một vấn đề, nên chưa biết kích thước của nó: xem Vấn đề.</translation>
    </message>
    <message>
        <source>The output shape of {id} {want}.</source>
        <translation>Hình dạng đầu ra của {id} {want}.</translation>
    </message>
    <message>
        <source>The shape of {id} is not known: see Problems.</source>
        <translation>Chưa biết hình dạng của {id}: xem Vấn đề.</translation>
    </message>
    <message>
        <source>It is {value}.</source>
        <translation>Hiện là {value}.</translation>
    </message>
    <message>
        <source>The model can be built (no errors in the Problems list).</source>
        <translation>Mô hình xây dựng được (không có lỗi trong danh sách Vấn đề).</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>kích thước lô</translation>
    </message>
    <message>
        <source>number of epochs</source>
        <translation>số epoch</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <source>Nesterov switch</source>
        <translation>công tắc Nesterov</translation>
    </message>
    <message>
        <source>early stopping switch</source>
        <translation>công tắc dừng sớm</translation>
    </message>
    <message>
        <source>early stopping patience</source>
        <translation>độ kiên nhẫn (patience) của dừng sớm</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>tỉ lệ kiểm định</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>clip norm</source>
        <translation>clip norm</translation>
    </message>
    <message>
        <source>data set</source>
        <translation>tập dữ liệu</translation>
    </message>
    <message>
        <source>data set&apos;s noise</source>
        <translation>độ nhiễu của tập dữ liệu</translation>
    </message>
    <message>
        <source>data set&apos;s number of samples</source>
        <translation>số mẫu của tập dữ liệu</translation>
    </message>
    <message>
        <source>test share</source>
        <translation>tỉ lệ kiểm tra</translation>
    </message>
    <message>
        <source>training setting {setting}</source>
        <translation>thiết lập huấn luyện {setting}</translation>
    </message>
    <message>
        <source>data setting {setting}</source>
        <translation>thiết lập dữ liệu {setting}</translation>
    </message>
    <message>
        <source>The output of {src} goes straight into {dst}.</source>
        <translation>Đầu ra của {src} đi thẳng vào {dst}.</translation>
    </message>
    <message>
        <source>{src} feeds {dst}.</source>
        <translation>{src} cấp đầu vào cho {dst}.</translation>
    </message>
    <message>
        <source>There is no such link yet.</source>
        <translation>Chưa có đường nối như vậy.</translation>
    </message>
    <message>
        <source>The {name} {want}.</source>
        <translation>Thiết lập {name} {want}.</translation>
    </message>
    <message>
        <source>The project has no {setting}.</source>
        <translation>Dự án không có {setting}.</translation>
    </message>
    <message>
        <source>The setting {setting} {want}.</source>
        <translation>Thiết lập {setting} {want}.</translation>
    </message>
    <message>
        <source>A {kind} project has no setting {setting}.</source>
        <translation>Một dự án {kind} không có thiết lập {setting}.</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Chưa có lần chạy nào.</translation>
    </message>
    <message>
        <source>No run since this step opened: train.</source>
        <translation>Chưa có lần chạy nào từ khi bước này mở ra: hãy huấn luyện.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>early_stopped</source>
        <translation>đã dừng sớm</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã bị dừng</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>đã thất bại</translation>
    </message>
    <message>
        <source>A training run ends</source>
        <translation>Một lần huấn luyện kết thúc</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>A training run ends as {statuses}</source>
        <translation>Một lần huấn luyện kết thúc với trạng thái {statuses}</translation>
    </message>
    <message>
        <source>{goal} (a {kind} project)</source>
        <translation>{goal} (một dự án {kind})</translation>
    </message>
    <message>
        <source>{goal} after at least {n} epochs</source>
        <translation>{goal} sau ít nhất {n} epoch</translation>
    </message>
    <message>
        <source>{goal}.</source>
        <translation>{goal}.</translation>
    </message>
    <message>
        <source>Run {id} {status} after {n} epochs.</source>
        <translation>Lần chạy {id} {status} sau {n} epoch.</translation>
    </message>
    <message>
        <source>The newest run {status} after {n} epochs.</source>
        <translation>Lần chạy mới nhất {status} sau {n} epoch.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>test-set {metric}</source>
        <translation>{metric} trên tập kiểm tra</translation>
    </message>
    <message>
        <source>validation {metric}</source>
        <translation>{metric} trên tập kiểm định</translation>
    </message>
    <message>
        <source>training {metric}</source>
        <translation>{metric} trên tập huấn luyện</translation>
    </message>
    <message>
        <source>The newest run&apos;s {metric} {want}.</source>
        <translation>Ở lần chạy mới nhất, {metric} {want}.</translation>
    </message>
    <message>
        <source>The newest run failed.</source>
        <translation>Lần chạy mới nhất đã thất bại.</translation>
    </message>
    <message>
        <source>The newest run has no {metric}.</source>
        <translation>Lần chạy mới nhất không có {metric}.</translation>
    </message>
    <message>
        <source>went up and then down again</source>
        <translation>đã tăng lên rồi lại giảm xuống</translation>
    </message>
    <message>
        <source>went down and then up again</source>
        <translation>đã giảm xuống rồi lại tăng lên</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>đã giảm</translation>
    </message>
    <message>
        <source>rose</source>
        <translation>đã tăng</translation>
    </message>
    <message>
        <source>In the newest run the {metric} {shape} (by more than {by}).</source>
        <translation>Ở lần chạy mới nhất, {metric} {shape} (hơn {by}).</translation>
    </message>
    <message>
        <source>In the newest run the {metric} {shape}.</source>
        <translation>Ở lần chạy mới nhất, {metric} {shape}.</translation>
    </message>
    <message>
        <source>The newest run has {n} epochs of {metric}.</source>
        <translation>Lần chạy mới nhất có {metric} của {n} epoch.</translation>
    </message>
    <message>
        <source>{metric} went {first} -&gt; ... -&gt; {last} over {n} epochs.</source>
        <translation>{metric} đi từ {first} -&gt; ... -&gt; {last} qua {n} epoch.</translation>
    </message>
    <message>
        <source>A run diverged: its loss became NaN (not a number) or blew up.</source>
        <translation>Một lần chạy đã phân kỳ: loss của nó trở thành NaN (không phải một con số) hoặc bùng nổ.</translation>
    </message>
    <message>
        <source>Run {id} failed: its loss diverged.</source>
        <translation>Lần chạy {id} đã thất bại: loss của nó phân kỳ.</translation>
    </message>
    <message>
        <source>The newest run failed for another reason.</source>
        <translation>Lần chạy mới nhất đã thất bại vì một lý do khác.</translation>
    </message>
    <message>
        <source>The newest run {status}.</source>
        <translation>Lần chạy mới nhất {status}.</translation>
    </message>
    <message>
        <source>At least {n} runs ended, each with another {setting}.</source>
        <translation>Ít nhất {n} lần chạy đã kết thúc, mỗi lần với một giá trị {setting} khác.</translation>
    </message>
    <message>
        <source>Runs so far with {values}.</source>
        <translation>Các lần chạy đến giờ có: {values}.</translation>
    </message>
    <message>
        <source>No run has ended since this step opened.</source>
        <translation>Chưa có lần chạy nào kết thúc từ khi bước này mở ra.</translation>
    </message>
    <message>
        <source>The training doctor finds {finding} in layer {id} in the newest run.</source>
        <translation>Bác sĩ huấn luyện tìm thấy {finding} ở lớp {id} trong lần chạy mới nhất.</translation>
    </message>
    <message>
        <source>The training doctor finds {finding} in the newest run.</source>
        <translation>Bác sĩ huấn luyện tìm thấy {finding} trong lần chạy mới nhất.</translation>
    </message>
    <message>
        <source>It finds: {findings}.</source>
        <translation>Nó tìm thấy: {findings}.</translation>
    </message>
    <message>
        <source>It finds nothing wrong.</source>
        <translation>Nó không thấy gì sai.</translation>
    </message>
    <message>
        <source>{goal} ({n} times).</source>
        <translation>{goal} ({n} lần).</translation>
    </message>
    <message>
        <source>Done 1 time.</source>
        <translation>Đã làm 1 lần.</translation>
    </message>
    <message>
        <source>Done {n} times.</source>
        <translation>Đã làm {n} lần.</translation>
    </message>
    <message>
        <source>Still to do: {goal} {now}</source>
        <translation>Còn phải làm: {goal} {now}</translation>
    </message>
    <message>
        <source>All done.</source>
        <translation>Đã xong hết.</translation>
    </message>
    <message>
        <source>One of: {goals}</source>
        <translation>Một trong các điều sau: {goals}</translation>
    </message>
    <message>
        <source> Or: </source>
        <translation> Hoặc: </translation>
    </message>
    <message>
        <source>None of them yet.</source>
        <translation>Chưa có điều nào.</translation>
    </message>
    <message>
        <source>Not: {goal}</source>
        <translation>Không phải: {goal}</translation>
    </message>
</context>
</TS>
