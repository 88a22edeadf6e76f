// Import list of package recvcheck in pkg/golinters/recvcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package recvcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/raeperd/recvcheck"
)
