// Command api answers GET / with a greeting.
package main

import (
	"log"
	"net/http"
	"time"

	"example.test/monorepo/internal/greeting"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(greeting.For(r.URL.Query().Get("name")) + "\n"))
	})
	srv := &http.Server{Addr: ":8080", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
