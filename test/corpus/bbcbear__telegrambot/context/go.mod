module github.com/bbcbear/telegrambot

go 1.17

require (
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 // indirect
	gopkg.in/telebot.v3 v3.0.0 // indirect
)
