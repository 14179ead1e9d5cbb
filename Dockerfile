# The papergraph CLI, for the compose setup (docker-compose.yml) or on its own:
#   docker build -t papergraph . && docker run --rm -v "$PWD/import:/import" papergraph build /import/abstracts/rl-pretraining.txt --out /import/graph
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/PaperGraph.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "/app/papergraph.dll"]
