module docker-demo-2

go 1.15
