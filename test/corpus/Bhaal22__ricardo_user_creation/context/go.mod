module github.com/Bhaal22/ricardo_user_creation

go 1.14

require (
	github.com/gin-gonic/gin v1.6.2
	github.com/golang/mock v1.4.3 // indirect
	github.com/golang/protobuf v1.3.5 // indirect
	github.com/jinzhu/gorm v1.9.12
	github.com/modern-go/concurrent v0.0.0-20180306012644-bacd9c7ef1dd // indirect
	github.com/modern-go/reflect2 v1.0.1 // indirect
	github.com/streadway/amqp v0.0.0-20200108173154-1c71cc93ed71
	github.com/stretchr/testify v1.4.0
	github.com/vektra/mockery v0.0.0-20181123154057-e78b021dcbb5 // indirect
	golang.org/x/sys v0.0.0-20200331124033-c3d80250170d // indirect
)
