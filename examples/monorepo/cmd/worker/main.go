// Command worker prints a greeting every interval until it is stopped.
package main

import (
	"context"
	"log"
	"os/signal"
	"syscall"
	"time"

	"example.test/monorepo/internal/greeting"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	for {
		log.Print(greeting.For("worker"))
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
