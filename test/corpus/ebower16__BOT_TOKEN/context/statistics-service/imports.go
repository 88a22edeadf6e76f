// Import list of package main in statistics-service of ebower16/BOT_TOKEN (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "github.com/gorilla/mux"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "net/http"
	_ "sync"
	_ "time"
)
