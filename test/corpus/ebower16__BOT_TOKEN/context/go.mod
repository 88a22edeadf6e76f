module botus

go 1.22.3

require (
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1
	github.com/joho/godotenv v1.5.1
	github.com/lib/pq v1.10.9
)

require (
	github.com/streadway/amqp v1.1.0 // indirect
	golang.org/x/text v0.3.5 // indirect
)
