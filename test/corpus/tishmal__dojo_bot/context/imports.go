// Import list of package main in . of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "dojo_bot/internal/config"
	_ "dojo_bot/internal/handler"
	_ "dojo_bot/internal/storage/db"
	_ "dojo_bot/internal/storage/repository"
	_ "dojo_bot/internal/svc"
	_ "dojo_bot/pkg"
	_ "github.com/gin-gonic/gin"
	_ "github.com/mymmrac/telego"
	_ "io"
	_ "log"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "syscall"
	_ "time"
)
