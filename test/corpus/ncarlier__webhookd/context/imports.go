// Import list of package main in . of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "flag"
	_ "github.com/ncarlier/webhookd/pkg/api"
	_ "github.com/ncarlier/webhookd/pkg/config"
	_ "github.com/ncarlier/webhookd/pkg/config/flag"
	_ "github.com/ncarlier/webhookd/pkg/logger"
	_ "github.com/ncarlier/webhookd/pkg/notification"
	_ "github.com/ncarlier/webhookd/pkg/notification/all"
	_ "github.com/ncarlier/webhookd/pkg/server"
	_ "github.com/ncarlier/webhookd/pkg/version"
	_ "github.com/ncarlier/webhookd/pkg/worker"
	_ "log"
	_ "log/slog"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "slices"
	_ "syscall"
	_ "time"
)
