// Import list of package main in . of bbcbear/telegrambot (the import blocks of its non-test files; no code kept)
package main

import (
	_ "gopkg.in/telebot.v3"
	_ "log"
	_ "os"
	_ "time"
)
